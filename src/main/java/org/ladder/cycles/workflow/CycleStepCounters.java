package org.ladder.cycles.workflow;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;

import org.camunda.bpm.engine.ProcessEngine;
import org.ladder.base.workflow.StepCounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The cycle page's diagram counts kept as counters (ADR 0033, amends ADR 0028). The engine's history event producer
 * ({@link CycleCountingHistoryEventProducer}) reports each activity instance of the cycle's models that starts or
 * ends, each process instance that starts and each user task touched; the reports of one transaction add up in memory
 * ({@link CycleCountsTransactionBuffer}) and are written once, just before it commits, in the same transaction as the
 * engine's history ({@link CycleStepRowWriter}): per cycle, unit (the unit of a unit's or person's instance; 0 for
 * the cycle's own instance and its launch chunks) and element, and the cycle's total ({@link #TOTAL}), with
 * {@code n = n + ?} in one fixed (sorted) order, so transactions of the job executor in parallel neither lose an
 * increment nor deadlock. The rows a cycle's or unit's instances will share are made when that cycle's or unit's own
 * instance starts (nothing else of it runs before that commits), so parallel transactions only ever update existing
 * rows. Open user tasks with a due date are mirrored per task ({@link CycleOpenTaskMirror}), so overdue is a range
 * read on (cycle, due); {@link CycleStepCountReader} reads the counts.
 * <p>
 * A cycle is counted when its own instance started after this class existed ({@code cycle_counted},
 * {@link CountedCycles}); the others are counted by {@link org.ladder.base.workflow.ProcessStatistics}' grouped
 * statements.
 */
@Component
class CycleStepCounters {

    /** The unit id of a cycle's total rows. */
    static final long TOTAL = -1;
    /** The unit id of the rows of the cycle's own instance and its launch chunks. */
    static final long NO_UNIT = 0;
    static final Set<String> PROCESS_KEYS = Set.of(AlignmentCycleProcess.KEY, UnitCascadeProcess.KEY,
            UnitCascadeProcess.PERSON_KEY, UnitCascadeProcess.LAUNCH_KEY);

    private final CountedCycles counted;
    private final CycleCountsTransactionBuffer buffer;
    private final CycleStepCountReader reader;

    CycleStepCounters(JdbcTemplate jdbc, EntityManager em, Clock clock, ObjectProvider<ProcessEngine> engine) {
        EngineTablePrefix prefix = new EngineTablePrefix(engine);
        this.counted = new CountedCycles(jdbc);
        CycleStepRowWriter writer = new CycleStepRowWriter(jdbc, em, clock, counted, new CycleKeyUnits(jdbc),
                new CycleOpenTaskMirror(jdbc, prefix));
        this.buffer = new CycleCountsTransactionBuffer(writer::write);
        this.reader = new CycleStepCountReader(jdbc, clock, prefix);
    }

    // --- what the producer reports (inside an engine command) ----------------------------------------------------

    /** A row of the counters: one element of one process in one unit (or the total) of one cycle. */
    record Row(long cycleId, long unitId, String processKey, String elementId) {
    }

    static boolean ofCycle(String processKey, String businessKey) {
        return processKey != null && PROCESS_KEYS.contains(processKey) && cycleOf(businessKey) != null;
    }

    void activityStarted(String processKey, String businessKey, String elementId) {
        add(processKey, businessKey, elementId, 0);
    }

    void activityEnded(String processKey, String businessKey, String elementId, boolean cancelled) {
        add(processKey, businessKey, elementId, cancelled ? 2 : 1);
    }

    private void add(String processKey, String businessKey, String elementId, int column) {
        if (elementId == null || !ofCycle(processKey, businessKey)) {
            return;
        }
        buffer.pending().steps.computeIfAbsent(new PendingCycleCounts.Step(businessKey, processKey, elementId),
                s -> new long[3])[column]++;
    }

    /**
     * A process instance of the cycle started; for the cycle's own instance and a unit's, {@code rows} are the
     * elements (per process key) whose rows its later instances share.
     */
    void processStarted(String processKey, String businessKey, Map<String, Collection<String>> rows) {
        if (!ofCycle(processKey, businessKey)) {
            return;
        }
        PendingCycleCounts p = buffer.pending();
        if (AlignmentCycleProcess.KEY.equals(processKey)) {
            p.cyclesStarted.add(cycleOf(businessKey));
        }
        if (!rows.isEmpty()) {
            p.made.computeIfAbsent(businessKey, k -> new LinkedHashMap<>()).putAll(rows);
        }
    }

    void taskTouched(String processKey, String businessKey, String taskId, String taskDefinitionKey) {
        if (taskId == null || taskDefinitionKey == null || !ofCycle(processKey, businessKey)) {
            return;
        }
        buffer.pending().tasks.put(taskId, new PendingCycleCounts.TaskRef(businessKey, processKey, taskDefinitionKey));
    }

    // --- reading ---------------------------------------------------------------------------------------------------

    /** Whether the cycle is counted here (its own instance started with the counters in place). */
    boolean isCounted(long cycleId) {
        return counted.isCounted(cycleId);
    }

    /**
     * Counts the cycle by the grouped statements from now on (its counters are no longer kept): a repair when its
     * counters are known to be wrong, and the tests' way to a cycle launched before them.
     */
    void forget(long cycleId) {
        counted.forget(cycleId);
    }

    /**
     * Counts per element id of a counted cycle: its own instance ({@code cycleModel}) or the cascade's instances,
     * all of them ({@code unitIds} null) or those of these units and their people; an open incident counts when
     * {@code inScope} (null: always) accepts its instance's business key.
     */
    Map<String, StepCounts> counts(boolean cycleModel, long cycleId, Collection<Long> unitIds,
            Predicate<String> inScope) {
        return reader.counts(cycleModel, cycleId, unitIds, inScope);
    }

    // --- keys ------------------------------------------------------------------------------------------------------

    /** The cycle of a business key ({@code cycle-7}, {@code cycle-7/…}), or null for another key. */
    static Long cycleOf(String businessKey) {
        if (businessKey == null || !businessKey.startsWith("cycle-")) {
            return null;
        }
        int end = businessKey.indexOf('/');
        String id = businessKey.substring("cycle-".length(), end < 0 ? businessKey.length() : end);
        if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.valueOf(id);
    }
}
