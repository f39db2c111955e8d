package org.ladder.cycles.workflow;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.ladder.base.workflow.StepCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The cycle page's diagram counts kept as counters (ADR 0033, amends ADR 0028). The engine's history event producer
 * ({@link CycleCountingHistoryEventProducer}) reports each activity instance of the cycle's models that starts or
 * ends, each process instance that starts and each user task touched; the reports of one transaction add up in memory
 * and are written once, just before it commits, in the same transaction as the engine's history: per cycle, unit
 * (the unit of a unit's or person's instance; 0 for the cycle's own instance and its launch chunks) and element, and
 * the cycle's total ({@link #TOTAL}), with {@code n = n + ?} in one fixed (sorted) order, so transactions of the job
 * executor in parallel neither lose an increment nor deadlock. The rows a cycle's or unit's instances will share are
 * made when that cycle's or unit's own instance starts (nothing else of it runs before that commits), so parallel
 * transactions only ever update existing rows. Open user tasks with a due date are mirrored per task, so overdue is a
 * range read on (cycle, due).
 * <p>
 * A cycle is counted when its own instance started after this class existed ({@code cycle_counted}); the others are
 * counted by {@link org.ladder.base.workflow.ProcessStatistics}' grouped statements.
 */
@Component
class CycleStepCounters {

    /** The unit id of a cycle's total rows. */
    static final long TOTAL = -1;
    /** The unit id of the rows of the cycle's own instance and its launch chunks. */
    static final long NO_UNIT = 0;
    static final Set<String> PROCESS_KEYS = Set.of(AlignmentCycleProcess.KEY, UnitCascadeProcess.KEY,
            UnitCascadeProcess.PERSON_KEY, UnitCascadeProcess.LAUNCH_KEY);
    private static final List<String> CASCADE_KEYS = List.of(UnitCascadeProcess.KEY, UnitCascadeProcess.PERSON_KEY,
            UnitCascadeProcess.LAUNCH_KEY);
    private static final int IN_CHUNK = 500;
    private static final int CACHE_LIMIT = 200_000;

    private static final Logger log = LoggerFactory.getLogger(CycleStepCounters.class);

    private final JdbcTemplate jdbc;
    private final EntityManager em;
    private final Clock clock;
    private final ObjectProvider<ProcessEngine> engine;
    private final Map<Long, Boolean> counted = new ConcurrentHashMap<>();
    private final Map<String, Long> personUnits = new ConcurrentHashMap<>();
    private volatile String prefix;

    CycleStepCounters(JdbcTemplate jdbc, EntityManager em, Clock clock, ObjectProvider<ProcessEngine> engine) {
        this.jdbc = jdbc;
        this.em = em;
        this.clock = clock;
        this.engine = engine;
    }

    // --- what the producer reports (inside an engine command) ----------------------------------------------------

    /** A row of the counters: one element of one process in one unit (or the total) of one cycle. */
    record Row(long cycleId, long unitId, String processKey, String elementId) {
    }

    private static final Comparator<Row> ORDER = Comparator.comparingLong(Row::cycleId).thenComparingLong(Row::unitId)
            .thenComparing(Row::processKey).thenComparing(Row::elementId);

    private record Step(String businessKey, String processKey, String elementId) {
    }

    private record TaskRef(String businessKey, String processKey, String elementId) {
    }

    /** What one transaction reported, written just before it commits. */
    private static final class Pending {
        final Map<Step, long[]> steps = new LinkedHashMap<>();
        /** Rows to make (the cycle's or a unit's own instance started): business key → process key → elements. */
        final Map<String, Map<String, Collection<String>>> made = new LinkedHashMap<>();
        final Set<Long> cyclesStarted = new HashSet<>();
        final Map<String, TaskRef> tasks = new LinkedHashMap<>();
        /** Set once the transaction commits: what comes later (another synchronization's engine work) too. */
        boolean committing;

        boolean isEmpty() {
            return steps.isEmpty() && made.isEmpty() && tasks.isEmpty() && cyclesStarted.isEmpty();
        }

        /** What is pending now, taken out. */
        Pending drain() {
            Pending taken = new Pending();
            taken.steps.putAll(steps);
            taken.made.putAll(made);
            taken.cyclesStarted.addAll(cyclesStarted);
            taken.tasks.putAll(tasks);
            steps.clear();
            made.clear();
            cyclesStarted.clear();
            tasks.clear();
            return taken;
        }
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
        pending().steps.computeIfAbsent(new Step(businessKey, processKey, elementId), s -> new long[3])[column]++;
    }

    /**
     * A process instance of the cycle started; for the cycle's own instance and a unit's, {@code rows} are the
     * elements (per process key) whose rows its later instances share.
     */
    void processStarted(String processKey, String businessKey, Map<String, Collection<String>> rows) {
        if (!ofCycle(processKey, businessKey)) {
            return;
        }
        Pending p = pending();
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
        pending().tasks.put(taskId, new TaskRef(businessKey, processKey, taskDefinitionKey));
    }

    private Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("The cycle's counters are written in the engine's Spring transaction; "
                    + "none is active");
        }
        Pending p = (Pending) TransactionSynchronizationManager.getResource(this);
        if (p == null) {
            Pending created = new Pending();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    created.committing = true;
                    write(created.drain());
                }

                @Override
                public void beforeCompletion() {
                    // engine work of a synchronization that ran after ours (its beforeCommit came later): still in
                    // the transaction, before the commit; never on a rollback (committing is set on commit only)
                    if (created.committing && !created.isEmpty()) {
                        try {
                            write(created.drain());
                        } catch (RuntimeException e) {
                            log.error("The cycle's counters of a late engine step were not written; the counts of "
                                    + "the cycle may be off until it is counted again (CycleStepCounters#forget)", e);
                        }
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CycleStepCounters.this);
                }
            });
            p = created;
        }
        return p;
    }

    // --- writing, just before commit -------------------------------------------------------------------------------

    private void write(Pending p) {
        if (p.isEmpty()) {
            return;
        }
        if (em.isJoinedToTransaction()) {
            // the JPA rows first (a person just added to the cycle is needed below), so that no write of this
            // transaction waits for another's row after it holds counter rows
            em.flush();
        }
        Timestamp now = Timestamp.from(clock.instant());
        for (long cycleId : p.cyclesStarted) {
            if (!isCounted(cycleId)) {
                try {
                    jdbc.update("insert into cycle_counted (cycle_id, since) values (?, ?)", cycleId, now);
                } catch (DuplicateKeyException e) {
                    // counted already (a second start of its instance): its counters go on
                }
            }
            counted.put(cycleId, true);
        }
        Set<String> keys = new HashSet<>();
        p.steps.keySet().forEach(s -> keys.add(s.businessKey()));
        keys.addAll(p.made.keySet());
        p.tasks.values().forEach(t -> keys.add(t.businessKey()));
        keys.removeIf(k -> !isCounted(cycleOf(k)));
        if (keys.isEmpty()) {
            return;
        }
        Map<String, Long> units = units(keys);

        // the rows made by a cycle's or unit's own start: nobody else writes them before this commits
        Map<Row, long[]> fresh = new TreeMap<>(ORDER);
        p.made.forEach((key, byProcess) -> {
            if (keys.contains(key)) {
                long cycleId = cycleOf(key);
                long unit = units.get(key);
                byProcess.forEach((processKey, elements) -> elements.forEach(e -> {
                    fresh.put(new Row(cycleId, unit, processKey, e), new long[3]);
                    if (unit == NO_UNIT) {
                        fresh.put(new Row(cycleId, TOTAL, processKey, e), new long[3]);
                    }
                }));
            }
        });
        Map<Row, long[]> deltas = new TreeMap<>(ORDER);
        p.steps.forEach((s, d) -> {
            if (keys.contains(s.businessKey())) {
                long cycleId = cycleOf(s.businessKey());
                long unit = units.get(s.businessKey());
                for (Row row : List.of(new Row(cycleId, unit, s.processKey(), s.elementId()),
                        new Row(cycleId, TOTAL, s.processKey(), s.elementId()))) {
                    long[] target = fresh.containsKey(row) ? fresh.get(row) : deltas.computeIfAbsent(row,
                            r -> new long[3]);
                    for (int i = 0; i < 3; i++) {
                        target[i] += d[i];
                    }
                }
            }
        });
        insertFresh(fresh);
        update(deltas);
        tasks(p.tasks, keys, units);
    }

    /** Inserts the new rows with what they count already; if some exist after all, each is added to instead. */
    private void insertFresh(Map<Row, long[]> fresh) {
        List<Map.Entry<Row, long[]>> rows = new ArrayList<>(fresh.entrySet());
        for (int from = 0; from < rows.size(); from += IN_CHUNK) {
            List<Map.Entry<Row, long[]>> chunk = rows.subList(from, Math.min(rows.size(), from + IN_CHUNK));
            List<Object> args = new ArrayList<>();
            for (Map.Entry<Row, long[]> e : chunk) {
                Row r = e.getKey();
                args.addAll(List.of(r.cycleId(), r.unitId(), r.processKey(), r.elementId(), e.getValue()[0],
                        e.getValue()[1], e.getValue()[2]));
            }
            try {
                jdbc.update("insert into cycle_step_count (cycle_id, unit_id, process_key, element_id, started, "
                        + "completed, cancelled) values " + String.join(", ", Collections.nCopies(chunk.size(),
                                "(?, ?, ?, ?, ?, ?, ?)")), args.toArray());
            } catch (DuplicateKeyException e) {
                // a second start of the same instance (the statement wrote nothing): row by row
                chunk.forEach(x -> upsert(x.getKey(), x.getValue()));
            }
        }
    }

    /** {@code n = n + ?} in the fixed order; a row that does not exist yet is inserted. */
    private void update(Map<Row, long[]> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        List<Map.Entry<Row, long[]>> rows = new ArrayList<>(deltas.entrySet());
        int[] updated = jdbc.batchUpdate("update cycle_step_count set started = started + ?, "
                + "completed = completed + ?, cancelled = cancelled + ? where cycle_id = ? and unit_id = ? "
                + "and process_key = ? and element_id = ?", rows.stream().map(e -> new Object[] {e.getValue()[0],
                        e.getValue()[1], e.getValue()[2], e.getKey().cycleId(), e.getKey().unitId(),
                        e.getKey().processKey(), e.getKey().elementId()}).toList());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i).getKey();
            long[] d = rows.get(i).getValue();
            if (updated[i] < 0) {
                // a driver that batches without counts (MariaDB's useBulkStmts): the row was updated if it exists
                updated[i] = jdbc.queryForObject("select count(*) from cycle_step_count where cycle_id = ? and "
                        + "unit_id = ? and process_key = ? and element_id = ?", Integer.class, r.cycleId(),
                        r.unitId(), r.processKey(), r.elementId());
            }
            if (updated[i] == 0) {
                upsert(r, d);
            }
        }
    }

    /** A row no start made (a model deployed since with a new element): inserted, or added to if made meanwhile. */
    private void upsert(Row r, long[] d) {
        try {
            jdbc.update("insert into cycle_step_count (cycle_id, unit_id, process_key, element_id, started, completed, "
                    + "cancelled) values (?, ?, ?, ?, ?, ?, ?)", r.cycleId(), r.unitId(), r.processKey(),
                    r.elementId(), d[0], d[1], d[2]);
        } catch (DuplicateKeyException e) {
            jdbc.update("update cycle_step_count set started = started + ?, completed = completed + ?, "
                    + "cancelled = cancelled + ? where cycle_id = ? and unit_id = ? and process_key = ? "
                    + "and element_id = ?", d[0], d[1], d[2], r.cycleId(), r.unitId(), r.processKey(),
                    r.elementId());
        }
    }

    /** The mirror of the touched tasks: as the engine has them now (flushed), open with a due date or gone. */
    private void tasks(Map<String, TaskRef> touched, Set<String> keys, Map<String, Long> units) {
        List<String> ids = touched.entrySet().stream().filter(e -> keys.contains(e.getValue().businessKey()))
                .map(Map.Entry::getKey).toList();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            String in = chunk.stream().map(i -> "?").collect(Collectors.joining(", "));
            Map<String, Timestamp> due = new HashMap<>();
            jdbc.query("select ID_, DUE_DATE_ from " + prefix() + "ACT_RU_TASK where ID_ in (" + in + ")", rs -> {
                Timestamp t = rs.getTimestamp(2);
                if (t != null) {
                    due.put(rs.getString(1), t);
                }
            }, chunk.toArray());
            jdbc.update("delete from cycle_open_task where task_id in (" + in + ")", chunk.toArray());
            List<Object[]> rows = new ArrayList<>();
            for (String id : chunk) {
                if (due.containsKey(id)) {
                    TaskRef t = touched.get(id);
                    rows.add(new Object[] {id, cycleOf(t.businessKey()), units.get(t.businessKey()), t.processKey(),
                            t.elementId(), due.get(id)});
                }
            }
            if (!rows.isEmpty()) {
                jdbc.batchUpdate("insert into cycle_open_task (task_id, cycle_id, unit_id, process_key, element_id, "
                        + "due) values (?, ?, ?, ?, ?, ?)", rows);
            }
        }
    }

    /** The unit of each business key: a unit's own, a person's unit in the cycle, else {@link #NO_UNIT}. */
    private Map<String, Long> units(Set<String> keys) {
        Map<String, Long> units = new HashMap<>();
        Map<Long, Map<Long, String>> people = new HashMap<>();
        for (String key : keys) {
            long cycleId = cycleOf(key);
            Long[] whose = EngineCycleSteps.whose(key);
            if (whose[0] != null) {
                units.put(key, whose[0]);
            } else if (whose[1] != null) {
                Long unit = personUnits.get(cycleId + ":" + whose[1]);
                if (unit != null) {
                    units.put(key, unit);
                } else {
                    people.computeIfAbsent(cycleId, c -> new HashMap<>()).put(whose[1], key);
                }
            } else {
                units.put(key, NO_UNIT);
            }
        }
        if (!people.isEmpty()) {
            if (personUnits.size() > CACHE_LIMIT) {
                personUnits.clear();
            }
            people.forEach((cycleId, byPerson) -> {
                List<Long> ids = List.copyOf(byPerson.keySet());
                for (int from = 0; from < ids.size(); from += IN_CHUNK) {
                    List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
                    List<Object> args = new ArrayList<>();
                    args.add(cycleId);
                    args.addAll(chunk);
                    jdbc.query("select person_id, unit_id from cycle_person where cycle_id = ? and person_id in ("
                            + chunk.stream().map(i -> "?").collect(Collectors.joining(", ")) + ")", rs -> {
                                units.put(byPerson.get(rs.getLong(1)), rs.getLong(2));
                                personUnits.put(cycleId + ":" + rs.getLong(1), rs.getLong(2));
                            }, args.toArray());
                }
                byPerson.values().forEach(k -> units.putIfAbsent(k, NO_UNIT));
            });
        }
        return units;
    }

    // --- reading ---------------------------------------------------------------------------------------------------

    /** Whether the cycle is counted here (its own instance started with the counters in place). */
    boolean isCounted(long cycleId) {
        Boolean known = counted.get(cycleId);
        if (known != null) {
            return known;
        }
        boolean found = !jdbc.queryForList("select cycle_id from cycle_counted where cycle_id = ?", Long.class,
                cycleId).isEmpty();
        if (found) {
            if (counted.size() > CACHE_LIMIT) {
                counted.clear();
            }
            counted.put(cycleId, true);
        }
        return found;
    }

    /**
     * Counts the cycle by the grouped statements from now on (its counters are no longer kept): a repair when its
     * counters are known to be wrong, and the tests' way to a cycle launched before them.
     */
    void forget(long cycleId) {
        jdbc.update("delete from cycle_counted where cycle_id = ?", cycleId);
        counted.remove(cycleId);
    }

    /**
     * Counts per element id of a counted cycle: its own instance ({@code cycleModel}) or the cascade's instances,
     * all of them ({@code unitIds} null) or those of these units and their people; an open incident counts when
     * {@code inScope} (null: always) accepts its instance's business key.
     */
    Map<String, StepCounts> counts(boolean cycleModel, long cycleId, Collection<Long> unitIds,
            Predicate<String> inScope) {
        List<String> processKeys = cycleModel ? List.of(AlignmentCycleProcess.KEY) : CASCADE_KEYS;
        String inKeys = processKeys.stream().map(k -> "?").collect(Collectors.joining(", "));
        Map<String, long[]> raw = new HashMap<>();
        Timestamp now = Timestamp.from(clock.instant());
        if (cycleModel || unitIds == null) {
            List<Object> args = new ArrayList<>(List.of(cycleId, TOTAL));
            args.addAll(processKeys);
            jdbc.query("select element_id, started, completed, cancelled from cycle_step_count where cycle_id = ? "
                    + "and unit_id = ? and process_key in (" + inKeys + ")", rs -> {
                        long[] c = raw.computeIfAbsent(rs.getString(1), k -> new long[4]);
                        c[0] += rs.getLong(2) - rs.getLong(3) - rs.getLong(4);
                        c[2] += rs.getLong(3);
                    }, args.toArray());
            args = new ArrayList<>(List.of(cycleId, now));
            args.addAll(processKeys);
            jdbc.query("select element_id, count(*) from cycle_open_task where cycle_id = ? and due < ? "
                    + "and process_key in (" + inKeys + ") group by element_id", rs -> {
                        raw.computeIfAbsent(rs.getString(1), k -> new long[4])[1] += rs.getLong(2);
                    }, args.toArray());
        } else {
            List<Long> units = List.copyOf(new HashSet<>(unitIds));
            for (int from = 0; from < units.size(); from += IN_CHUNK) {
                List<Long> chunk = units.subList(from, Math.min(units.size(), from + IN_CHUNK));
                String in = chunk.stream().map(u -> "?").collect(Collectors.joining(", "));
                List<Object> args = new ArrayList<>();
                args.add(cycleId);
                args.addAll(chunk);
                args.addAll(processKeys);
                jdbc.query("select element_id, sum(started), sum(completed), sum(cancelled) from cycle_step_count "
                        + "where cycle_id = ? and unit_id in (" + in + ") and process_key in (" + inKeys + ") "
                        + "group by element_id", rs -> {
                            long[] c = raw.computeIfAbsent(rs.getString(1), k -> new long[4]);
                            c[0] += rs.getLong(2) - rs.getLong(3) - rs.getLong(4);
                            c[2] += rs.getLong(3);
                        }, args.toArray());
                args = new ArrayList<>();
                args.add(cycleId);
                args.addAll(chunk);
                args.add(now);
                args.addAll(processKeys);
                jdbc.query("select element_id, count(*) from cycle_open_task where cycle_id = ? and unit_id in ("
                        + in + ") and due < ? and process_key in (" + inKeys + ") group by element_id", rs -> {
                            raw.computeIfAbsent(rs.getString(1), k -> new long[4])[1] += rs.getLong(2);
                        }, args.toArray());
            }
        }
        // open incidents: few; those of the cycle's instances in scope, by their business key
        String own = AlignmentCycleProcess.businessKey(cycleId);
        String under = AlignmentCycleProcess.businessKeyPrefix(cycleId);
        jdbc.query("select INC.ACTIVITY_ID_, E.BUSINESS_KEY_ from " + prefix() + "ACT_RE_PROCDEF D join " + prefix()
                + "ACT_RU_INCIDENT INC on INC.PROC_DEF_ID_ = D.ID_ join " + prefix() + "ACT_RU_EXECUTION E on E.ID_ = "
                + "INC.PROC_INST_ID_ where D.KEY_ in (" + inKeys + ") and INC.ACTIVITY_ID_ is not null", rs -> {
                    String key = rs.getString(2);
                    boolean in = key != null && (cycleModel ? key.equals(own)
                            : key.startsWith(under) && (inScope == null || inScope.test(key)));
                    if (in) {
                        raw.computeIfAbsent(rs.getString(1), k -> new long[4])[3]++;
                    }
                }, processKeys.toArray());
        Map<String, StepCounts> counts = new HashMap<>();
        raw.forEach((id, c) -> {
            StepCounts s = new StepCounts(Math.max(0, c[0]), c[1], c[2], c[3]);
            if (!s.isEmpty()) {
                counts.put(id, s);
            }
        });
        return Map.copyOf(counts);
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

    private String prefix() {
        String p = prefix;
        if (p == null) {
            p = engine.getObject().getProcessEngineConfiguration() instanceof ProcessEngineConfigurationImpl impl
                    && impl.getDatabaseTablePrefix() != null ? impl.getDatabaseTablePrefix() : "";
            prefix = p;
        }
        return p;
    }
}
