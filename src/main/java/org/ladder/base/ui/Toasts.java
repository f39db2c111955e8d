package org.ladder.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short confirmations and error messages, the same everywhere. */
public final class Toasts {

    private Toasts() {
    }

    /**
     * A confirmation. It replaces the window's previous one: saving and then submitting shows what the last step
     * did, not both stacked with the first (now out of date) on top.
     */
    public static Notification success(String message) {
        UI ui = UI.getCurrent();
        LastSuccess last = ui == null ? null : ComponentUtil.getData(ui, LastSuccess.class);
        if (last != null) {
            last.toast().close();
        }
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        if (ui != null) {
            ComponentUtil.setData(ui, LastSuccess.class, new LastSuccess(n));
            n.addDetachListener(e -> {
                LastSuccess shown = ComponentUtil.getData(ui, LastSuccess.class);
                if (shown != null && shown.toast() == n) {
                    ComponentUtil.setData(ui, LastSuccess.class, null);
                }
            });
        }
        return n;
    }

    private record LastSuccess(Notification toast) implements java.io.Serializable {
    }

    public static Notification error(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return n;
    }
}
