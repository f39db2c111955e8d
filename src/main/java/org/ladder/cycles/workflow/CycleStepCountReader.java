package org.ladder.cycles.workflow;

import static org.ladder.cycles.workflow.CycleStepCounters.TOTAL;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.ladder.base.workflow.StepCounts;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads a counted cycle's diagram counts: its counter rows (the cycle's total or those of some units), its open-task
 * mirror for overdue, and the engine's open incidents of the cycle's instances in scope.
 */
final class CycleStepCountReader {

    private static final int IN_CHUNK = 500;
    private static final List<String> CASCADE_KEYS = List.of(UnitCascadeProcess.KEY, UnitCascadeProcess.PERSON_KEY,
            UnitCascadeProcess.LAUNCH_KEY);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final EngineTablePrefix prefix;

    CycleStepCountReader(JdbcTemplate jdbc, Clock clock, EngineTablePrefix prefix) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.prefix = prefix;
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
        String p = prefix.get();
        jdbc.query("select INC.ACTIVITY_ID_, E.BUSINESS_KEY_ from " + p + "ACT_RE_PROCDEF D join " + p
                + "ACT_RU_INCIDENT INC on INC.PROC_DEF_ID_ = D.ID_ join " + p + "ACT_RU_EXECUTION E on E.ID_ = "
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
}
