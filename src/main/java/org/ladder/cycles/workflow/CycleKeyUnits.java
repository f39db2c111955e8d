package org.ladder.cycles.workflow;

import static org.ladder.cycles.workflow.CycleStepCounters.NO_UNIT;
import static org.ladder.cycles.workflow.CycleStepCounters.cycleOf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The unit a cycle's business key is counted under: a unit's own, a person's unit in the cycle (from
 * {@code cycle_person}, cached), else {@link CycleStepCounters#NO_UNIT}.
 */
final class CycleKeyUnits {

    private static final int IN_CHUNK = 500;
    private static final int CACHE_LIMIT = 200_000;

    private final JdbcTemplate jdbc;
    private final Map<String, Long> personUnits = new ConcurrentHashMap<>();

    CycleKeyUnits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit of each business key. */
    Map<String, Long> of(Set<String> keys) {
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
}
