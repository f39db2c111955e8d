package org.ladder.cycles.ui;

import org.ladder.base.text.Plural;
import org.ladder.checkins.Frequency;
import org.ladder.cycles.LaunchPreview;
import org.ladder.cycles.UnitPreview;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

/**
 * The launch wizard's table of the cycle rules per unit ({@link LaunchCycleView}, schedule step): the rule that
 * applied to each unit and the check-in cadence it gets (the rule's, or the one chosen for everyone), with a note on
 * how many units the scope has. The view decides when to load a preview; this part builds and fills the table.
 */
final class LaunchRulesTable implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    final Grid<UnitPreview> grid = new Grid<>();
    final Paragraph note = new Paragraph();
    private final Select<Frequency> frequency;
    private LaunchPreview shown;

    /** The table's cadence column follows {@code frequency}, the cadence chosen for everyone (empty: the rules'). */
    LaunchRulesTable(Select<Frequency> frequency) {
        this.frequency = frequency;
        grid.setId("cycle-rules");
        grid.addColumn(u -> u.name()).setHeader("Unit").setKey("unit").setFlexGrow(2).setWidth("12rem");
        grid.addColumn(UnitPreview::level).setHeader("Level").setKey("level").setFlexGrow(0).setWidth("5rem");
        grid.addColumn(UnitPreview::members).setHeader("People").setKey("people").setFlexGrow(0).setWidth("6rem");
        grid.addColumn(u -> "Rule " + u.rule().row() + ": " + u.rule().label()).setHeader("Rule that applied")
                .setKey("rule").setFlexGrow(4).setWidth("16rem");
        grid.addColumn(u -> (frequency.getValue() == null ? u.rule().frequency() : frequency.getValue()).label())
                .setHeader("Check-in cadence").setKey("cadence").setFlexGrow(1).setWidth("9rem");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("18rem");
        grid.setVisible(false);
        note.setId("cycle-rules-note");
        note.addClassName("ladder-hint");
    }

    /** At a phone's width the table keeps the columns that matter most. */
    void fitColumns(boolean wide) {
        grid.getColumnByKey("level").setVisible(wide);
        grid.getColumnByKey("people").setVisible(wide);
        grid.getColumnByKey("unit").setWidth(wide ? "12rem" : "7rem");
        grid.getColumnByKey("rule").setWidth(wide ? "16rem" : "9rem");
        grid.getColumnByKey("cadence").setWidth(wide ? "9rem" : "5.5rem");
    }

    /** A preview for the table is on its way. */
    void loading() {
        grid.setVisible(false);
        note.setText("Looking up the cycle rules for each unit…");
    }

    /** The preview failed: no note. */
    void failed() {
        note.setText("");
    }

    void show(LaunchPreview p) {
        grid.setItems(p.units());
        grid.setVisible(true);
        shown = p;
        showNote();
    }

    /** The cadence chosen for everyone changed. */
    void cadenceChanged() {
        grid.getDataProvider().refreshAll();
        showNote();
    }

    private void showNote() {
        if (shown == null) {
            return;
        }
        String listed = shown.units().size() < shown.unitCount()
                ? " The first " + shown.units().size() + " are listed." : "";
        note.setText(Plural.count(shown.unitCount(), "unit", "units") + " in the scope." + listed
                + (frequency.getValue() == null ? " Each unit checks in on its rule's cadence."
                        : " Everyone checks in " + frequency.getValue().phrase() + ", as chosen above; the rules"
                                + " still set each unit's days for its goals."));
    }
}
