package org.ladder.goals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A labelled fact of a goal ("Owner: Emma Lindqvist"), as the goal page and the task forms list them. */
final class Facts {

    private Facts() {
    }

    static Div fact(String label, Component value, String id) {
        Span l = new Span(label);
        l.addClassName("ladder-fact-label");
        if (id != null) {
            value.setId(id);
        }
        Div d = new Div(l, value);
        d.addClassName("ladder-fact");
        return d;
    }

    static Div fact(String label, String value, String id) {
        return fact(label, new Span(value == null || value.isBlank() ? "—" : value), id);
    }
}
