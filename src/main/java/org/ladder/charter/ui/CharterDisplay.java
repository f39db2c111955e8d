package org.ladder.charter.ui;

import org.ladder.charter.CharterSnapshot;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** A charter version as everyone reads it: mission, vision, values, pillars. */
final class CharterDisplay {

    private CharterDisplay() {
    }

    static Component of(CharterSnapshot c) {
        Div root = new Div();
        root.addClassName("ladder-charter");
        Div statements = new Div(block("Our mission", c.mission(), "charter-mission"),
                block("Our vision", c.vision(), "charter-vision"));
        statements.addClassName("ladder-cards");
        root.add(statements);

        root.add(new H3("Our values"));
        Div values = new Div();
        values.addClassName("ladder-cards");
        values.setId("charter-values");
        c.values().forEach(v -> values.add(card(v.name(), v.description(), null)));
        root.add(values);

        root.add(new H3("Strategic pillars"));
        Div pillars = new Div();
        pillars.addClassName("ladder-cards");
        pillars.setId("charter-pillars");
        c.pillars().forEach(p -> pillars.add(card(p.name(), p.description(),
                p.ownerName() == null ? null : "Owner: " + p.ownerName())));
        root.add(pillars);
        return root;
    }

    private static Div block(String title, String text, String id) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.addClassName("ladder-statement");
        Div card = new Div(new H3(title), p);
        card.addClassNames("ladder-card", "ladder-statement-card");
        return card;
    }

    private static Div card(String title, String text, String footer) {
        Div card = new Div(new H4(title), new Paragraph(text));
        card.addClassName("ladder-card");
        if (footer != null) {
            Span f = new Span(footer);
            f.addClassName("ladder-hint");
            card.add(f);
        }
        return card;
    }
}
