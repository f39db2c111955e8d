package org.ladder.cycles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.ladder.cycles.CycleStepsEngine.Item;
import org.ladder.cycles.CycleStepsEngine.Model;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.tasks.TaskSupervision;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a cycle stands, step by step (the cycle page, ADR 0028): each model's diagram with the counts of this
 * cycle's instances (fresh from its counters, ADR 0033; for a cycle launched before them a snapshot at most a
 * few seconds old, {@link CycleCountSnapshots}), what is at a step (its open tasks, or else the instances waiting there), a person's or unit's
 * open tasks, and the “remind” and “reassign” actions on them (through {@link TaskSupervision}). HR and
 * administrators see the whole cycle; a head of units sees their units and the people in them (the counts too);
 * everyone else nothing ({@link CycleViewers}). Every method checks the caller.
 */
@Service
@Transactional(readOnly = true)
public class CycleSteps {

    /** Items per page when a step is opened. */
    public static final int PAGE_SIZE = 25;

    private final CycleViewers viewers;
    private final CycleStepsEngine engine;
    private final CycleCountSnapshots snapshots;
    private final PeopleService people;
    private final TaskSupervision supervision;

    CycleSteps(CycleViewers viewers, CycleStepsEngine engine, CycleCountSnapshots snapshots, PeopleService people,
            TaskSupervision supervision) {
        this.viewers = viewers;
        this.engine = engine;
        this.snapshots = snapshots;
        this.people = people;
        this.supervision = supervision;
    }

    /** What the caller may see of the cycle, if anything. */
    public Optional<CycleViewer> viewer(long cycleId) {
        return viewers.of(cycleId);
    }

    /** The models of the cycle with their counts, in page order. */
    public List<CycleModelView> models(long cycleId) {
        CycleViewer viewer = viewers.require(cycleId);
        List<CycleModelView> models = new ArrayList<>();
        for (Model model : Model.values()) {
            models.add(model(viewer, model));
        }
        return models;
    }

    /** One model of the cycle with its counts (for a live refresh of one diagram). */
    public CycleModelView model(long cycleId, Model model) {
        return model(viewers.require(cycleId), model);
    }

    private CycleModelView model(CycleViewer viewer, Model model) {
        // the cycle's own instance says where the phases stand: every viewer of the cycle sees it whole
        CycleCountSnapshots.Snapshot counts = snapshots.counts(model, viewer);
        return new CycleModelView(model, model.title(), engine.diagram(model), counts.counts(),
                model == Model.CASCADE && !viewer.everything(), counts.countedAt());
    }

    /** What is at a step of a model now: its open tasks, or else the instances waiting there; a page of it. */
    public Page at(long cycleId, Model model, String elementId, int offset, int limit) {
        CycleViewer viewer = viewers.require(cycleId);
        Objects.requireNonNull(elementId, "elementId");
        List<String> keys = model == Model.CYCLE || viewer.everything() ? null : viewer.businessKeys();
        CycleStepsEngine.Page page = engine.at(model, cycleId, elementId, keys, Math.max(0, offset),
                Math.max(1, Math.min(limit, 100)));
        return new Page(named(page.items()), page.total());
    }

    /** A person's open tasks in the cycle (the drill-down below a unit). */
    public List<CycleStepItem> tasksOfPerson(long cycleId, long personId) {
        CycleViewer viewer = viewers.require(cycleId);
        if (!viewer.seesPerson(personId)) {
            throw new AccessDeniedException("You do not have access to this person's tasks.");
        }
        return named(engine.openTasks(cycleId, engine.personKey(cycleId, personId)));
    }

    /** A unit's open tasks in the cycle (setting its goals). */
    public List<CycleStepItem> tasksOfUnit(long cycleId, long unitId) {
        CycleViewer viewer = viewers.require(cycleId);
        if (!viewer.seesUnit(unitId)) {
            throw new AccessDeniedException("You do not have access to this unit's tasks.");
        }
        return named(engine.openTasks(cycleId, engine.unitKey(cycleId, unitId)));
    }

    /**
     * Reminds whoever can act on an open task of the cycle the caller sees.
     *
     * @return how many people were reminded
     */
    @Transactional
    public int remind(long cycleId, String taskId) {
        requireTaskInView(cycleId, taskId);
        return supervision.remind(taskId);
    }

    /** Gives an open task of the cycle the caller sees to another person (checked again by {@code tasks}). */
    @Transactional
    public void reassign(long cycleId, String taskId, long personId) {
        requireTaskInView(cycleId, taskId);
        supervision.reassign(taskId, personId);
    }

    private void requireTaskInView(long cycleId, String taskId) {
        CycleViewer viewer = viewers.require(cycleId);
        List<String> keys = viewer.everything() ? null : viewer.businessKeys();
        if (taskId == null || !engine.belongs(taskId, cycleId, keys)) {
            throw new AccessDeniedException("This task is not one of this cycle's that you can see.");
        }
    }

    /** A page of what is at a step. */
    public record Page(List<CycleStepItem> items, long total) {

        public Page {
            items = List.copyOf(items);
        }
    }

    private List<CycleStepItem> named(List<Item> items) {
        Set<Long> unitIds = new java.util.HashSet<>();
        Set<Long> personIds = new java.util.HashSet<>();
        items.forEach(i -> {
            if (i.unitId() != null) {
                unitIds.add(i.unitId());
            }
            if (i.personId() != null) {
                personIds.add(i.personId());
            }
        });
        Map<Long, String> units = unitIds.isEmpty() ? Map.of() : people.unitNames(unitIds);
        Map<Long, String> persons = new HashMap<>();
        if (!personIds.isEmpty()) {
            people.summaries(List.copyOf(personIds)).forEach(p -> persons.put(p.id(), p.displayName()));
        }
        Map<String, String> assignees = new HashMap<>();
        List<CycleStepItem> named = new ArrayList<>();
        for (Item i : items) {
            String whose = i.unitId() != null ? units.getOrDefault(i.unitId(), "Unit " + i.unitId())
                    : i.personId() != null ? persons.getOrDefault(i.personId(), "Person " + i.personId())
                    : i.businessKey() != null && i.businessKey().contains("/launch/") ? "Launch chunk"
                    : "The cycle";
            String assignee = i.assignee() == null ? null : assignees.computeIfAbsent(i.assignee(),
                    u -> people.findByUsername(u).map(PersonSummary::displayName).orElse(u));
            boolean supervise = i.taskId() != null && supervision.maySupervise(i.taskId());
            named.add(new CycleStepItem(i.processInstanceId(), i.unitId(), i.personId(), whose, i.taskId(),
                    i.taskName(), assignee, i.due(), i.overdue(), i.incident(), supervise));
        }
        return named;
    }
}
