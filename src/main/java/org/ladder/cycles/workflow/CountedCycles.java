package org.ladder.cycles.workflow;

import java.sql.Timestamp;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which cycles are counted by their counters ({@code cycle_counted}: their own instance started with the counters in
 * place), with a cache of the answers that are yes.
 */
final class CountedCycles {

    private static final int CACHE_LIMIT = 200_000;

    private final JdbcTemplate jdbc;
    private final Map<Long, Boolean> counted = new ConcurrentHashMap<>();

    CountedCycles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

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

    /** The cycle's own instance started: it is counted from now on (still so after a second start). */
    void started(long cycleId, Timestamp now) {
        if (!isCounted(cycleId)) {
            try {
                jdbc.update("insert into cycle_counted (cycle_id, since) values (?, ?)", cycleId, now);
            } catch (DuplicateKeyException e) {
                // counted already (a second start of its instance): its counters go on
            }
        }
        counted.put(cycleId, true);
    }

    /** The cycle is counted by the grouped statements from now on. */
    void forget(long cycleId) {
        jdbc.update("delete from cycle_counted where cycle_id = ?", cycleId);
        counted.remove(cycleId);
    }
}
