package org.ladder.charter.ui;


import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.Role;
import org.ladder.base.ui.Formats;
import org.ladder.charter.CharterService;
import org.ladder.charter.CharterSnapshot;
import org.ladder.charter.CharterStatus;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** The published charter for everyone; leadership drafts the next version from here. */
@Route("charter")
@PageTitle("Mission & strategy")
@Menu(order = 5, title = "Mission & strategy", icon = "vaadin:flag")
@PermitAll
class CharterView extends VerticalLayout {

    CharterView(CharterService charter, CurrentUser currentUser) {
        setId("charter-view");
        boolean leader = currentUser.hasRole(Role.LEADERSHIP);
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(Alignment.BASELINE);
        actions.setWrap(true); // on a phone the version line, the history link and the button each take a row
        actions.setWidthFull();
        var current = charter.current();
        current.ifPresentOrElse(c -> {
            Span meta = new Span(c.label() + " · published " + Formats.date(c.publishedAt())
                    + (c.changeReason() == null ? "" : " · " + c.changeReason()));
            meta.setId("charter-meta");
            meta.addClassName("ladder-hint");
            actions.add(meta);
        }, () -> {
            Paragraph empty = new Paragraph(leader
                    ? "No charter has been published yet. Draft the first version: mission, vision, values and strategic pillars."
                    : "No charter has been published yet. Leadership is working on it.");
            empty.setId("charter-empty");
            empty.addClassName("ladder-empty");
            add(empty);
        });
        actions.add(new RouterLink("Version history", CharterHistoryView.class));
        if (leader) {
            var open = charter.openVersion();
            String label = open.map(o -> o.status() == CharterStatus.IN_APPROVAL
                    ? "View version " + o.number() + " (in approval)"
                    : "Continue draft of version " + o.number()).orElse("Draft a new version");
            Button draft = new Button(label, VaadinIcon.EDIT.create(),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(CharterEditorView.class)));
            draft.setId("open-charter-editor");
            draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(draft);
        }
        add(actions);
        current.map(CharterDisplay::of).ifPresent(this::add);
    }

    static String who(CharterSnapshot c) {
        return c.draftedByName() == null ? "" : " by " + c.draftedByName();
    }
}
