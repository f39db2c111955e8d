package org.ladder.cycles;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.ladder.base.ui.diagram.ProcessDiagram;
import org.ladder.base.workflow.StepCounts;

/**
 * The cycle page's way to the process engine (implemented in {@code cycles.workflow}): the diagrams of the cycle's
 * models, their counts per step for one cycle, and what is at a step. “Instances of the cycle” are those with the
 * cycle's business key or one under its prefix; {@code businessKeys}, when not null, narrows them further (a
 * manager's units and people). No caller check: {@link CycleSteps} checks the caller.
 */
public interface CycleStepsEngine {

    /** The cycle's models, in the order the page shows them. */
    enum Model {
        /** {@code alignment-cycle}: the one instance per cycle that drives the phases. */
        CYCLE("The cycle's phases"),
        /** {@code unit-cascade}: the units' and people's instances (and the launch chunks). */
        CASCADE("The cascade: units and people");

        private final String title;

        Model(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** The model's diagram as last deployed (empty when the model is not deployed). */
    ProcessDiagram diagram(Model model);

    /**
     * Whether the cycle's counts are kept as counters (ADR 0033): a fresh count reads a few rows. False for a cycle
     * launched before them, whose counts are grouped statements over all its history (ADR 0028).
     */
    boolean counted(long cycleId);

    /**
     * Counts per element id over the cycle's instances of the model (or those of {@code businessKeys}: a head's units
     * and the people of those units, as {@link CycleViewers} gives them).
     */
    Map<String, StepCounts> counts(Model model, long cycleId, Collection<String> businessKeys);

    /**
     * Counts per element id over what {@code viewer} sees of the cycle's instances of the model (all of the cycle's
     * own instance whoever asks). For a counted cycle the viewer's units suffice; its people and business keys are
     * read only if an open incident has to be placed.
     */
    Map<String, StepCounts> counts(Model model, CycleViewer viewer);

    /** What is at a step now, a page of it; {@code total} counts all of it. */
    Page at(Model model, long cycleId, String elementId, Collection<String> businessKeys, int offset, int limit);

    /** The open tasks of the cycle's instances with this business key (one person's or one unit's). */
    List<Item> openTasks(long cycleId, String businessKey);

    /** Whether the open task belongs to one of the cycle's instances (and to {@code businessKeys}, when given). */
    boolean belongs(String taskId, long cycleId, Collection<String> businessKeys);

    /** The business key of a unit's instance in the cycle. */
    String unitKey(long cycleId, long unitId);

    /** The business key of a person's instance in the cycle. */
    String personKey(long cycleId, long personId);

    /** The business key of the cycle's own instance. */
    String cycleKey(long cycleId);

    /**
     * One instance at a step, or one open task there: whose it is (the unit or person in its business key, else
     * null), and for a task its name, assignee (a username), due date and whether it is overdue; the open incident's
     * message when the step failed there.
     */
    record Item(String processInstanceId, String businessKey, Long unitId, Long personId, String taskId,
            String taskName, String assignee, Instant due, boolean overdue, String incident) {
    }

    record Page(List<Item> items, long total) {

        public Page {
            items = List.copyOf(items);
        }
    }
}
