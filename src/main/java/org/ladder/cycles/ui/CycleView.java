package org.ladder.cycles.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ladder.base.ValidationException;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.text.Plural;
import org.ladder.base.ui.Formats;
import org.ladder.base.ui.GridHeight;
import org.ladder.base.ui.LiveUpdates;
import org.ladder.base.ui.Toasts;
import org.ladder.base.ui.diagram.DiagramPanel;
import org.ladder.base.ui.diagram.ProcessDiagram;
import org.ladder.cycles.CycleControls;
import org.ladder.cycles.CycleDetails;
import org.ladder.cycles.CycleIncident;
import org.ladder.cycles.CycleModelView;
import org.ladder.cycles.CyclePersonStatus;
import org.ladder.cycles.CycleQueries;
import org.ladder.cycles.CycleStepItem;
import org.ladder.cycles.CycleSteps;
import org.ladder.cycles.CycleStepsEngine.Model;
import org.ladder.cycles.CycleSummary;
import org.ladder.cycles.CycleUnitStatus;
import org.ladder.cycles.CycleViewer;
import org.ladder.cycles.PhaseProgress;
import org.ladder.people.PeopleService;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.PermitAll;

/**
 * Where a cycle stands (issue #12, ADR 0028), for HR and administrators, and for the heads of its units cut to
 * their units: the cycle's two diagrams — its phases, and the cascade of units and people — drawn from the models'
 * own BPMN DI with the counts of this cycle's instances on each step; a click on a step lists what is there, with
 * “Remind” and “Reassign”; the phases' and units' figures (done, pending, overdue, escalated) with a drill-down to a
 * unit's people and their tasks; the cycle's failed steps with “Retry”. The figures are read again every ten
 * seconds and whenever the viewer's own work changes. Other parts of the cycle (onboarding) plug in as
 * {@link CyclePageSection}s. Anyone else gets “page not found”, whatever the URL says.
 */
@Route("cycles/:cycleId([0-9]{1,18})")
@PermitAll
class CycleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** How often an open page reads its figures again. */
    static final int POLL_MILLIS = 10_000;
    /** People of a unit listed at once in the drill-down. */
    static final int PEOPLE_SHOWN = 50;
    /** Up to this many units the units' list is as tall as its rows; beyond, it keeps a fixed height. */
    static final int UNITS_ALL_ROWS_UP_TO = 10;

    private final transient CycleSteps steps;
    private final transient CycleQueries queries;
    private final transient CycleControls controls;
    private final transient PeopleService people;
    private final transient CurrentUser currentUser;
    private final transient LiveUpdates liveUpdates;
    private final transient List<CyclePageSection> sections;
    private final Map<CyclePageSection, com.vaadin.flow.component.Component> shownSections = new java.util.LinkedHashMap<>();
    private long cycleId;
    private String title = "Cycle";
    private CycleViewer viewer;
    final Span countedAt = new Span();
    final Button refresh = new Button("Refresh", VaadinIcon.REFRESH.create());
    final Map<Model, DiagramPanel> diagrams = new java.util.EnumMap<>(Model.class);
    StepDetails stepDetails;
    final Grid<PhaseProgress> phases = new Grid<>();
    final Grid<CycleUnitStatus> units = new Grid<>();
    final Div drillDown = new Div();
    final Div incidents = new Div();
    CycleControlBar controlBar;
    final Paragraph where = new Paragraph();
    private Registration live;
    private Registration poll;

    CycleView(CycleSteps steps, CycleQueries queries, CycleControls controls, PeopleService people,
            CurrentUser currentUser, LiveUpdates liveUpdates, List<CyclePageSection> sections) {
        this.steps = steps;
        this.queries = queries;
        this.controls = controls;
        this.people = people;
        this.currentUser = currentUser;
        this.liveUpdates = liveUpdates;
        this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(CyclePageSection::order)).toList();
        setId("cycle-view");
        addClassName("ladder-cycle-page");
        setMaxWidth("80rem");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("cycleId");
        Optional<CycleViewer> seen = id.flatMap(steps::viewer);
        if (seen.isEmpty()) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        cycleId = id.get();
        viewer = seen.get();
        CycleDetails details;
        try {
            details = queries.cycle(cycleId);
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        build(details);
    }

    private void build(CycleDetails details) {
        removeAll();
        diagrams.clear();
        CycleSummary s = details.summary();
        title = s.name();
        H2 heading = new H2(s.name());
        heading.setId("cycle-name");
        where.setText(where(s));
        where.setId("cycle-where");
        Paragraph size = new Paragraph(Plural.count(details.units(), "unit", "units") + ", "
                + Plural.count(details.people(), "person", "people") + (viewer.everything() ? ""
                        : ". You see the units you head and those below them."));
        size.setId("cycle-size");
        // the period and the scope's size read as one block under the heading
        where.getStyle().set("margin-bottom", "0");
        size.getStyle().set("margin-top", "0");
        countedAt.setId("cycle-counted-at");
        countedAt.addClassName("ladder-hint");
        refresh.setId("cycle-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        refresh.addClickListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(countedAt, refresh);
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.getStyle().set("flex-wrap", "wrap");
        add(heading, where, size, toolbar);
        controlBar = controls.mayControl() ? new CycleControlBar(controls, queries, cycleId, this::refresh) : null;
        if (controlBar != null) {
            add(controlBar);
        }

        stepDetails = new StepDetails(steps, people, cycleId);
        stepDetails.onChange(this::refreshCounts);
        for (CycleModelView m : steps.models(cycleId)) {
            Div section = new Div();
            section.addClassName("ladder-card");
            section.setWidthFull();
            String prefix = "cycle-" + m.model().name().toLowerCase() + "-";
            section.setId(prefix + "diagram");
            H3 h = new H3(m.title());
            section.add(h);
            if (m.scoped()) {
                section.add(new Paragraph("Counts of your units and their people."));
            }
            if (m.diagram().shapes().isEmpty()) {
                section.add(new Paragraph("This model is not deployed."));
                add(section);
                continue;
            }
            DiagramPanel panel = new DiagramPanel(m.diagram(), prefix, m.title() + ": steps and counts");
            panel.show(m.counts());
            panel.addStepSelectedListener(step -> {
                diagrams.forEach((other, p) -> {
                    if (other != m.model() && p.selected().isPresent()) {
                        p.select(null);
                    }
                });
                if (step != null) {
                    stepDetails.show(m.model(), step, stepName(m.diagram(), step));
                }
            });
            diagrams.put(m.model(), panel);
            section.add(panel);
            add(section);
        }
        add(stepDetails);

        add(new H3("Phases"));
        phases.setId("cycle-phases");
        phases.addColumn(p -> p.phase().label()).setHeader("Phase").setFlexGrow(2);
        phases.addColumn(p -> p.deadline() == null ? "—" : Formats.date(p.deadline())).setHeader("Deadline")
                .setFlexGrow(2);
        phases.addColumn(PhaseProgress::done).setHeader("Done");
        phases.addColumn(PhaseProgress::pending).setHeader("Pending");
        phases.addColumn(PhaseProgress::overdue).setHeader("Overdue");
        phases.addColumn(PhaseProgress::escalated).setHeader("Escalated");
        phases.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        phases.setAllRowsVisible(true);
        phases.getElement().setAttribute("aria-label", "Each phase: done, pending, overdue and escalated");
        add(phases);

        add(new H3("Units"));
        units.setId("cycle-units");
        units.addColumn(u -> "  ".repeat(Math.max(0, u.level() - 1)) + u.unitName()).setHeader("Unit")
                .setFlexGrow(3).setKey("unit");
        units.addColumn(u -> u.headName() == null ? "No head" : u.headName()).setHeader("Head").setFlexGrow(2)
                .setKey("head");
        units.addColumn(u -> u.unitGoals().label() + (u.escalated() ? " (escalated)" : u.overdue() ? " (overdue)"
                : "")).setHeader("Unit goals").setFlexGrow(2).setKey("goals");
        units.addColumn(CycleUnitStatus::peopleDone).setHeader("Done").setKey("done");
        units.addColumn(CycleUnitStatus::peoplePending).setHeader("Pending").setKey("pending");
        units.addColumn(CycleUnitStatus::peopleOverdue).setHeader("Overdue").setKey("overdue");
        units.addColumn(CycleUnitStatus::peopleEscalated).setHeader("Escalated").setKey("escalated");
        units.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        units.getElement().setAttribute("aria-label", "Each unit: its goals and its people's personal goals");
        units.addSelectionListener(e -> e.getFirstSelectedItem().ifPresentOrElse(this::showUnit,
                () -> drillDown.removeAll()));
        drillDown.setId("cycle-drill-down");
        drillDown.setWidthFull();
        Paragraph hint = new Paragraph("Choose a unit to see its people and their tasks.");
        hint.addClassName("ladder-hint");
        add(units, hint, drillDown);

        incidents.setId("cycle-incidents");
        incidents.setWidthFull();
        add(incidents);
        shownSections.clear();
        for (CyclePageSection section : sections) {
            com.vaadin.flow.component.Component part = section.create(cycleId);
            if (part != null) {
                shownSections.put(section, part);
                add(part);
            }
        }
        refresh();
    }

    private static String stepName(ProcessDiagram diagram, String elementId) {
        return diagram.steps().stream().filter(s -> s.elementId().equals(elementId)).findFirst()
                .map(DiagramPanel::stepName).orElse(elementId);
    }

    private static String where(CycleSummary s) {
        return Formats.period(s.periodStart(), s.periodEnd()) + " · "
                + (s.scopeName() == null ? "Whole organisation" : s.scopeName()) + " · " + s.status().label()
                + " · Phase: " + s.phase().label()
                + (s.phaseDeadline() == null ? "" : ", due " + Formats.date(s.phaseDeadline()));
    }

    /** Reads everything again: counts, figures, the open step, the incidents. */
    void refresh() {
        refreshCounts();
        CycleDetails details = queries.cycle(cycleId);
        where.setText(where(details.summary()));
        phases.setItems(details.phases());
        List<CycleUnitStatus> rows = queries.units(cycleId);
        Optional<CycleUnitStatus> selected = units.getSelectedItems().stream().findFirst();
        units.setItems(rows);
        GridHeight.fit(units, rows.size(), UNITS_ALL_ROWS_UP_TO, "24rem");
        selected.flatMap(s -> rows.stream().filter(r -> r.unitId() == s.unitId()).findFirst())
                .ifPresent(units::select);
        stepDetails.refresh();
        if (controlBar != null) {
            controlBar.refresh();
        }
        showIncidents();
        shownSections.forEach(CyclePageSection::refresh);
    }

    /** Reads the diagrams' counts again. */
    void refreshCounts() {
        for (CycleModelView m : steps.models(cycleId)) {
            DiagramPanel panel = diagrams.get(m.model());
            if (panel != null) {
                panel.show(m.counts());
            }
            countedAt.setText("Counted at " + Formats.dateTime(m.countedAt()));
        }
    }

    private void showUnit(CycleUnitStatus unit) {
        drillDown.removeAll();
        drillDown.addClassName("ladder-card");
        H4 h = new H4(unit.unitName());
        h.setId("cycle-unit-title");
        drillDown.add(h);
        List<CycleStepItem> unitTasks = steps.tasksOfUnit(cycleId, unit.unitId());
        if (!unitTasks.isEmpty()) {
            Grid<CycleStepItem> g = TaskActions.grid("cycle-unit-tasks", "The unit's open tasks", steps, people,
                    cycleId, () -> showUnit(unit));
            g.setItems(unitTasks);
            drillDown.add(new Paragraph("The unit's own tasks:"), g);
        }
        List<CyclePersonStatus> persons = queries.people(cycleId, unit.unitId(), 0, PEOPLE_SHOWN);
        if (persons.isEmpty()) {
            drillDown.add(new Paragraph("Nobody of this unit is in the cycle."));
            return;
        }
        Grid<CyclePersonStatus> grid = new Grid<>();
        grid.setId("cycle-unit-people");
        grid.addColumn(CyclePersonStatus::name).setHeader("Person").setFlexGrow(2).setKey("name");
        grid.addColumn(p -> p.step().label() + (p.escalated() ? " (escalated)" : p.overdue() ? " (overdue)" : ""))
                .setHeader("Personal goals").setFlexGrow(2).setKey("step");
        grid.addColumn(p -> p.goalsDue() == null ? "—" : Formats.date(p.goalsDue())).setHeader("Due")
                .setKey("due");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", "The unit's people");
        grid.setItems(persons);
        Div personTasks = new Div();
        personTasks.setId("cycle-person-tasks");
        personTasks.setWidthFull();
        grid.addSelectionListener(e -> {
            personTasks.removeAll();
            e.getFirstSelectedItem().ifPresent(p -> showPerson(p, personTasks));
        });
        drillDown.add(grid);
        if (persons.size() == PEOPLE_SHOWN) {
            drillDown.add(new Paragraph("The first " + PEOPLE_SHOWN + " people are listed."));
        }
        drillDown.add(personTasks);
    }

    private void showPerson(CyclePersonStatus person, Div into) {
        into.removeAll();
        List<CycleStepItem> tasks = steps.tasksOfPerson(cycleId, person.personId());
        H4 h = new H4("Open tasks of " + person.name());
        h.setId("cycle-person-title");
        into.add(h);
        if (tasks.isEmpty()) {
            into.add(new Paragraph("No open task in this cycle."));
            return;
        }
        Grid<CycleStepItem> g = TaskActions.grid("cycle-person-task-list", "Open tasks of " + person.name(), steps,
                people, cycleId, () -> showPerson(person, into));
        g.setItems(tasks);
        into.add(g);
    }

    private void showIncidents() {
        incidents.removeAll();
        if (!controls.mayControl()) {
            return;
        }
        incidents.add(new H3("Failed steps"));
        List<CycleIncident> open = controls.incidents(cycleId);
        if (open.isEmpty()) {
            Paragraph none = new Paragraph("No step of this cycle has failed.");
            none.setId("cycle-incidents-empty");
            incidents.add(none);
            return;
        }
        List<Div> rows = new ArrayList<>();
        for (CycleIncident i : open) {
            Div row = new Div();
            row.addClassName("ladder-cycle-incident");
            row.add(new Paragraph(i.processKey() + " · " + i.activityId() + " · " + i.businessKey() + " · "
                    + Formats.dateTime(i.at())), new Paragraph(i.message() == null ? "No message" : i.message()));
            Button retry = new Button("Retry");
            retry.setId("cycle-retry-" + i.incidentId());
            retry.getElement().setAttribute("aria-label", "Retry " + i.activityId() + " of " + i.businessKey());
            retry.setEnabled(i.jobId() != null);
            retry.addClickListener(e -> {
                try {
                    controls.retry(cycleId, i.incidentId());
                    Toasts.success("Retrying: it runs again in a moment.");
                } catch (ValidationException ex) {
                    Toasts.error(String.join(" ", ex.fieldErrors().values()));
                }
                refresh();
            });
            row.add(retry);
            rows.add(row);
        }
        rows.forEach(incidents::add);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (viewer == null) {
            return;
        }
        attachEvent.getUI().setPollInterval(POLL_MILLIS);
        poll = attachEvent.getUI().addPollListener(e -> refresh());
        live = liveUpdates.register(currentUser.require().personId(), attachEvent.getUI(), this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        if (live != null) {
            live.remove();
            live = null;
        }
        super.onDetach(detachEvent);
    }
}
