package org.ladder.base.ui;

import java.util.UUID;

import org.ladder.base.persistence.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * The one handler for whatever a user action (a click, a value change) fails with and its own code did not
 * handle: the button the click disabled is enabled again, and the person is told — that the database cannot be
 * reached (nothing was saved), or that something went wrong, with a reference to the log. Installed on every
 * Vaadin session. Navigation failures go to {@link ErrorView} instead.
 */
@Component
class UserActionErrors implements ErrorHandler, VaadinServiceInitListener {

    static final String UNEXPECTED = "Something went wrong and nothing was saved. Please try again; if it keeps "
            + "happening, tell your administrator the reference ";

    private static final Logger log = LoggerFactory.getLogger(UserActionErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        event.getComponent().ifPresent(c -> {
            if (c instanceof Button button && button.isDisableOnClick()) {
                button.setEnabled(true);
            }
        });
        String message;
        if (DatabaseUnavailable.isCause(failure)) {
            log.warn("A user action failed: the database cannot be reached ({})", failure.toString());
            message = DatabaseUnavailable.MESSAGE;
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("A user action failed unexpectedly (reference {})", reference, failure);
            message = UNEXPECTED + reference + ".";
        }
        if (UI.getCurrent() != null) {
            Toasts.error(message);
        }
    }
}
