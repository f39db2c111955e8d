package org.ladder.conversations.ui;

import org.ladder.base.ConcurrentEditException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The message of a refused concurrent change, with a button that reloads (the user's input stays until then). */
final class ConflictNotice {

    private ConflictNotice() {
    }

    static Notification show(ConcurrentEditException e, Runnable reload) {
        Notification n = new Notification();
        n.addThemeVariants(NotificationVariant.LUMO_WARNING);
        Button reloadButton = new Button("Reload", ev -> {
            n.close();
            reload.run();
        });
        reloadButton.setId("one-on-one-conflict-reload");
        Button keep = new Button("Keep my input", ev -> n.close());
        Span text = new Span(e.getMessage());
        text.setId("one-on-one-conflict-message");
        HorizontalLayout row = new HorizontalLayout(text, reloadButton, keep);
        row.setAlignItems(HorizontalLayout.Alignment.CENTER);
        row.setWrap(true);
        n.add(row);
        n.setDuration(0);
        n.setPosition(Notification.Position.MIDDLE);
        n.setId("one-on-one-conflict");
        n.open();
        return n;
    }
}
