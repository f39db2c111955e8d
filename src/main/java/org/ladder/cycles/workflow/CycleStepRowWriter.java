package org.ladder.cycles.workflow;

import static org.ladder.cycles.workflow.CycleStepCounters.NO_UNIT;
import static org.ladder.cycles.workflow.CycleStepCounters.TOTAL;
import static org.ladder.cycles.workflow.CycleStepCounters.cycleOf;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import org.ladder.cycles.workflow.CycleStepCounters.Row;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes what one transaction reported, just before it commits: the counted cycles that started, then the counter
 * rows ({@code cycle_step_count}) per cycle, unit and element and the cycle's total, with {@code n = n + ?} in one
 * fixed (sorted) order, so transactions in parallel neither lose an increment nor deadlock; then the open-task
 * mirror. Rows a cycle's or unit's own start makes are inserted with what they count already.
 */
final class CycleStepRowWriter {

    private static final int IN_CHUNK = 500;
    private static final Comparator<Row> ORDER = Comparator.comparingLong(Row::cycleId).thenComparingLong(Row::unitId)
            .thenComparing(Row::processKey).thenComparing(Row::elementId);

    private final JdbcTemplate jdbc;
    private final EntityManager em;
    private final Clock clock;
    private final CountedCycles counted;
    private final CycleKeyUnits units;
    private final CycleOpenTaskMirror openTasks;

    CycleStepRowWriter(JdbcTemplate jdbc, EntityManager em, Clock clock, CountedCycles counted, CycleKeyUnits units,
            CycleOpenTaskMirror openTasks) {
        this.jdbc = jdbc;
        this.em = em;
        this.clock = clock;
        this.counted = counted;
        this.units = units;
        this.openTasks = openTasks;
    }

    void write(PendingCycleCounts p) {
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
            counted.started(cycleId, now);
        }
        Set<String> keys = new HashSet<>();
        p.steps.keySet().forEach(s -> keys.add(s.businessKey()));
        keys.addAll(p.made.keySet());
        p.tasks.values().forEach(t -> keys.add(t.businessKey()));
        keys.removeIf(k -> !counted.isCounted(cycleOf(k)));
        if (keys.isEmpty()) {
            return;
        }
        Map<String, Long> unitOf = units.of(keys);

        // the rows made by a cycle's or unit's own start: nobody else writes them before this commits
        Map<Row, long[]> fresh = new TreeMap<>(ORDER);
        p.made.forEach((key, byProcess) -> {
            if (keys.contains(key)) {
                long cycleId = cycleOf(key);
                long unit = unitOf.get(key);
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
                long unit = unitOf.get(s.businessKey());
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
        openTasks.mirror(p.tasks, keys, unitOf);
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
}
