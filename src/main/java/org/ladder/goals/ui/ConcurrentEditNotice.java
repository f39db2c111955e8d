package org.ladder.goals.ui;

import org.ladder.base.ConcurrentEditException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The message of a refused concurrent save, with a button that reloads (the user's input stays until then). */
final class ConcurrentEditNotice {

    private ConcurrentEditNotice() {
    }

    static Notification show(ConcurrentEditException e, String id, Runnable reload) {
        Notification n = new Notification();
        n.addThemeVariants(NotificationVariant.LUMO_WARNING);
        Button reloadButton = new Button("Reload", ev -> {
            n.close();
            reload.run();
        });
        reloadButton.setId(id + "-reload");
        Button keep = new Button("Keep my input", ev -> n.close());
        Span text = new Span(e.getMessage());
        HorizontalLayout row = new HorizontalLayout(text, reloadButton, keep);
        row.setAlignItems(HorizontalLayout.Alignment.CENTER);
        n.add(row);
        n.setDuration(0);
        n.setPosition(Notification.Position.MIDDLE);
        n.setId(id);
        n.open();
        return n;
    }
}
