package org.ladder.base.ui;

import java.time.DateTimeException;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

/**
 * Asks every new UI for the browser's time zone and keeps it in the session, for {@link Formats}. Until the browser
 * answered (the first screen of a session), times show in the server's zone.
 */
@Component
class ClientZone implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinSession session = init.getUI().getSession();
            if (session == null || session.getAttribute(Formats.ZONE_ATTRIBUTE) != null) {
                return;
            }
            init.getUI().getPage().retrieveExtendedClientDetails(details -> {
                ZoneId zone = parse(details.getTimeZoneId());
                if (zone != null) {
                    session.setAttribute(Formats.ZONE_ATTRIBUTE, zone);
                }
            });
        });
    }

    static ZoneId parse(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
