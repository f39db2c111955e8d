package org.ladder.base.ui;

import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.PortalHardening;
import org.springframework.stereotype.Component;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Whoever signed in with a one-time password sees only the change-password page until they have chosen their
 * own (the engine's webapps are closed to them by the security filter chain).
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    PasswordChangeGate(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        boolean required = currentUser.get().map(LadderUser::passwordChangeRequired).orElse(false);
        String path = event.getLocation().getPath();
        if (required && !path.equals(PortalHardening.PASSWORD_CHANGE_ROUTE) && !path.equals("login")) {
            event.rerouteTo(PortalHardening.PASSWORD_CHANGE_ROUTE);
        }
    }
}
