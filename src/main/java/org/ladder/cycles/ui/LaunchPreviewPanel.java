package org.ladder.cycles.ui;

import org.ladder.base.text.Plural;
import org.ladder.base.ui.Formats;
import org.ladder.cycles.FirstTask;
import org.ladder.cycles.LaunchPreview;
import org.ladder.cycles.PersonGap;
import org.ladder.cycles.UnitPreview;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * The launch wizard's preview step ({@link LaunchCycleView}): the progress while a preview loads, then what the
 * launch will do — its summary, the first tasks and who gets them, and the gaps (people without a manager, units
 * without a head) with the box that accepts them. The view binds the box and decides when to load; this part
 * builds and fills the content, which goes straight into the step's section ({@link #content()}).
 */
final class LaunchPreviewPanel implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    final Div loading = new Div();
    final Paragraph summary = new Paragraph();
    final Grid<FirstTask> firstTasks = new Grid<>();
    final Div gaps = new Div();
    final Paragraph noGaps = new Paragraph("Everyone has a manager and every unit has a head: nothing to resolve.");
    final Paragraph noManagerText = new Paragraph();
    final Grid<PersonGap> noManager = new Grid<>();
    final Paragraph noHeadText = new Paragraph();
    final Grid<UnitPreview> noHead = new Grid<>();
    final Checkbox acceptGaps = new Checkbox("I accept these gaps: launch anyway");
    final Div previewResult = new Div();

    LaunchPreviewPanel() {
        loading.setId("cycle-preview-loading");
        loading.addClassName("ladder-wizard-loading");
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setId("cycle-preview-progress");
        Span label = new Span("Working out what the launch will do…");
        label.setId("cycle-preview-progress-label");
        bar.getElement().setAttribute("aria-labelledby", "cycle-preview-progress-label");
        loading.add(label, bar);
        loading.getElement().setAttribute("role", "status");
        loading.setVisible(false);

        summary.setId("cycle-preview-summary");
        summary.addClassName("ladder-wizard-summary");

        firstTasks.setId("cycle-first-tasks");
        firstTasks.addColumn(FirstTask::task).setHeader("First task").setKey("task").setFlexGrow(3).setWidth("12rem");
        firstTasks.addColumn(t -> t.unitName() == null ? "—" : t.unitName()).setHeader("Unit").setKey("unit")
                .setFlexGrow(2).setWidth("9rem");
        firstTasks.addColumn(FirstTask::assigneeName).setHeader("Who gets it").setKey("who").setFlexGrow(2)
                .setWidth("9rem");
        firstTasks.addColumn(t -> t.due() == null ? "—" : Formats.date(t.due())).setHeader("Due at the latest").setKey("due")
                .setFlexGrow(0).setWidth("8rem");
        firstTasks.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        firstTasks.setAllRowsVisible(true);
        H4 tasksHeading = new H4("The first tasks and who gets them");
        tasksHeading.setId("cycle-first-tasks-heading");
        firstTasks.getElement().setAttribute("aria-labelledby", "cycle-first-tasks-heading");

        noManagerText.setId("cycle-people-without-manager-text");
        noManager.setId("cycle-people-without-manager");
        noManager.addColumn(PersonGap::name).setHeader("Person").setKey("person").setFlexGrow(1);
        noManager.addColumn(g -> g.unitName() == null ? "—" : g.unitName()).setHeader("Unit").setKey("unit")
                .setFlexGrow(1);
        noManager.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        noManager.getElement().setAttribute("aria-labelledby", "cycle-people-without-manager-text");
        noHeadText.setId("cycle-units-without-head-text");
        noHead.setId("cycle-units-without-head");
        noHead.addColumn(UnitPreview::name).setHeader("Unit").setKey("unit").setFlexGrow(1);
        noHead.addColumn(UnitPreview::members).setHeader("People").setKey("people").setFlexGrow(0).setWidth("6rem");
        noHead.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        noHead.getElement().setAttribute("aria-labelledby", "cycle-units-without-head-text");
        acceptGaps.setId("cycle-accept-gaps");
        H4 gapsHeading = new H4("Gaps to resolve or accept");
        gaps.setId("cycle-gaps");
        gaps.addClassNames("ladder-callout", "ladder-callout-warning", "ladder-wizard-gaps");
        gaps.add(gapsHeading, new Paragraph("A person without a manager has nobody to approve their personal goals "
                + "or hold their 1:1s; a unit without a head skips setting unit goals and its people align to the "
                + "level above. Resolve them in the organisation and preview again, or accept them."),
                noManagerText, noManager, noHeadText, noHead, acceptGaps);

        previewResult.setId("cycle-preview-result");
        previewResult.addClassName("ladder-wizard-result");
        noGaps.setId("cycle-no-gaps");
        noGaps.addClassName("ladder-hint");
        previewResult.add(summary, tasksHeading, firstTasks, noGaps, gaps);
        previewResult.setVisible(false);
    }


    /** What goes into the preview step's section, in order. */
    Component[] content() {
        return new Component[] {loading, previewResult};
    }

    /** Hides the last preview's result (a new one is being worked out). */
    void hideResult() {
        previewResult.setVisible(false);
    }

    /** At a phone's width the first tasks keep the columns that matter most. */
    void fitColumns(boolean wide) {
        firstTasks.getColumnByKey("unit").setVisible(wide);
        firstTasks.getColumnByKey("task").setWidth(wide ? "12rem" : "8rem");
        firstTasks.getColumnByKey("who").setWidth(wide ? "9rem" : "6rem");
        firstTasks.getColumnByKey("due").setWidth(wide ? "8rem" : "6.5rem");
    }

    /** Shows what the launch of this preview will do ({@code description}: its one-line summary). */
    void show(LaunchPreview p, String description) {
        summary.setText(description);
        firstTasks.setItems(p.firstTasks());
        boolean hasGaps = p.hasGaps();
        gaps.setVisible(hasGaps);
        noGaps.setVisible(!hasGaps);
        showGap(noManagerText, noManager, p.peopleWithoutManager(), p.peopleWithoutManagerCount(),
                "Everyone has a manager.", "person has", "people have", " no manager");
        showGap(noHeadText, noHead, p.unitsWithoutHead(), p.unitsWithoutHeadCount(), "Every unit has a head.",
                "unit has", "units have", " no head");
        acceptGaps.setVisible(hasGaps);
        if (!hasGaps) {
            acceptGaps.setValue(false);
        }
        previewResult.setVisible(true);
    }

    /** One kind of gap: its sentence (“2 people have no manager (the first 1 are listed).”) and its listed rows. */
    private static <T> void showGap(Paragraph text, Grid<T> grid, java.util.List<T> listed, int count, String none,
            String one, String many, String what) {
        text.setText(count == 0 ? none : Plural.count(count, one, many) + what
                + (listed.size() < count ? " (the first " + listed.size() + " are listed)" : "") + ".");
        grid.setItems(listed);
        grid.setVisible(count > 0);
        grid.setAllRowsVisible(listed.size() <= 8);
        if (listed.size() > 8) {
            grid.setHeight("16rem");
        }
    }
}
