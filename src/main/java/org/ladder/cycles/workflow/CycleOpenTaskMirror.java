package org.ladder.cycles.workflow;

import static org.ladder.cycles.workflow.CycleStepCounters.cycleOf;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The mirror of a counted cycle's open user tasks with a due date ({@code cycle_open_task}, one row a task), so that
 * overdue is a range read on (cycle, due).
 */
final class CycleOpenTaskMirror {

    private static final int IN_CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final EngineTablePrefix prefix;

    CycleOpenTaskMirror(JdbcTemplate jdbc, EngineTablePrefix prefix) {
        this.jdbc = jdbc;
        this.prefix = prefix;
    }

    /**
     * The mirror of the touched tasks of these business keys: as the engine has them now (flushed), open with a due
     * date or gone.
     */
    void mirror(Map<String, PendingCycleCounts.TaskRef> touched, Set<String> keys, Map<String, Long> units) {
        List<String> ids = touched.entrySet().stream().filter(e -> keys.contains(e.getValue().businessKey()))
                .map(Map.Entry::getKey).toList();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            String in = chunk.stream().map(i -> "?").collect(Collectors.joining(", "));
            Map<String, Timestamp> due = new HashMap<>();
            jdbc.query("select ID_, DUE_DATE_ from " + prefix.get() + "ACT_RU_TASK where ID_ in (" + in + ")", rs -> {
                Timestamp t = rs.getTimestamp(2);
                if (t != null) {
                    due.put(rs.getString(1), t);
                }
            }, chunk.toArray());
            jdbc.update("delete from cycle_open_task where task_id in (" + in + ")", chunk.toArray());
            List<Object[]> rows = new ArrayList<>();
            for (String id : chunk) {
                if (due.containsKey(id)) {
                    PendingCycleCounts.TaskRef t = touched.get(id);
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
}
