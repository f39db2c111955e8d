package org.ladder.goals.ui;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.ladder.goals.GoalRef;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;

/**
 * A lazy goal picker: fetches the goals matching what the user typed, page by page, capped at
 * {@value #MAX_CANDIDATES} (beyond that the user types more); never offers the goal being edited. One picker for
 * a parent goal (single) and for the goals a goal also contributes to (multi).
 */
final class GoalPicker {

    /** At most this many goals are offered for one filter text. */
    static final int MAX_CANDIDATES = 200;

    /** The candidates matching a filter text, at most {@code limit} of them, best first. */
    @FunctionalInterface
    interface Candidates {
        List<GoalRef> find(String filter, int limit);
    }

    private GoalPicker() {
    }

    /** A single-goal picker; {@code excluded} names the goal that may not be picked (null for none). */
    static ComboBox<GoalRef> single(String label, Candidates candidates, Supplier<Long> excluded) {
        return configure(new ComboBox<>(label), candidates, excluded);
    }

    /** A picker of several goals. */
    static MultiSelectComboBox<GoalRef> multi(String label, Candidates candidates, Supplier<Long> excluded) {
        return configure(new MultiSelectComboBox<>(label), candidates, excluded);
    }

    static <C extends ComboBoxBase<C, GoalRef, ?>> C configure(C box, Candidates candidates,
            Supplier<Long> excluded) {
        box.setItemLabelGenerator(GoalLabels::choice);
        box.setItems(q -> {
            int upTo = (int) Math.min(MAX_CANDIDATES, (long) q.getOffset() + q.getLimit());
            if (q.getOffset() >= upTo) {
                return Stream.empty();
            }
            Long skip = excluded.get();
            return candidates.find(q.getFilter().orElse(""), upTo).stream()
                    .filter(r -> skip == null || r.id() != skip)
                    .skip(q.getOffset()).limit(q.getLimit());
        }).setIdentifierProvider(GoalRef::id);
        return box;
    }
}
