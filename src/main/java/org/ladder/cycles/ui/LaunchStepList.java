package org.ladder.cycles.ui;

import java.util.EnumMap;
import java.util.Map;

import org.ladder.cycles.ui.LaunchCycleView.Step;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;

/**
 * The launch wizard's numbered list of its steps ({@link LaunchCycleView}): the current step marked (also for
 * screen readers), the ones before it done.
 */
final class LaunchStepList extends OrderedList {

    private static final long serialVersionUID = 1L;

    private final Map<Step, ListItem> items = new EnumMap<>(Step.class);

    LaunchStepList() {
        addClassName("ladder-wizard-steps");
        getElement().setAttribute("aria-label", "Steps");
        for (Step s : Step.values()) {
            Span number = new Span(String.valueOf(s.number()));
            number.addClassName("ladder-wizard-step-number");
            number.getElement().setAttribute("aria-hidden", "true");
            ListItem item = new ListItem(number, new Span(s.label()));
            item.setId("cycle-wizard-step-" + s.name().toLowerCase());
            item.addClassName("ladder-wizard-step");
            items.put(s, item);
            add(item);
        }
    }

    /** Marks {@code current} as the current step and the ones before it as done. */
    void show(Step current) {
        items.forEach((s, item) -> {
            item.setClassName("ladder-wizard-step-current", s == current);
            item.setClassName("ladder-wizard-step-done", s.ordinal() < current.ordinal());
            if (s == current) {
                item.getElement().setAttribute("aria-current", "step");
            } else {
                item.getElement().removeAttribute("aria-current");
            }
        });
    }
}
