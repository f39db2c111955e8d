package org.ladder.goals.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.ladder.goals.KeyResultType;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Goal progress in SQL: the roll-up up the parent chain after a goal's own progress changed, and the check that
 * every stored value is what its inputs give (the reconciliation). Callers flush JPA first.
 */
@Repository
public class GoalProgressStore {

    private final NamedParameterJdbcTemplate jdbc;

    GoalProgressStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Re-computes progress up the parent chain from {@code path}'s goal (whose own progress is already stored):
     * each ancestor that takes its progress from its children gets the average of its active and achieved
     * children. Stops at the first ancestor that measures itself by key results or does not change. Costs two
     * statements per level climbed plus one per changed level: it grows with depth, not with the size of the tree.
     * <p>
     * Safe under concurrency: each ancestor is locked ({@code select … for update}) before its children are read,
     * and held until commit, so a concurrent roll-up through the same goal waits and then reads this one's
     * committed values; the last writer of a goal has always seen every child change committed before it. Locks
     * are taken bottom-up, starting from the goal itself (already held by the caller's update), so two roll-ups
     * along any two paths of the tree never wait for each other in a cycle.
     *
     * @return the number of ancestors whose progress changed
     */
    public int rollUp(String path) {
        List<Long> chain = GoalStore.idsOf(path);
        int changed = 0;
        for (int i = chain.size() - 2; i >= 0; i--) {
            long id = chain.get(i);
            List<Object[]> locked = jdbc.query("select progress_from_children, progress from goal where id = :id "
                    + "for update", Map.of("id", id), (rs, n) -> new Object[] {rs.getBoolean(1), rs.getDouble(2)});
            if (locked.isEmpty() || !(Boolean) locked.get(0)[0]) {
                break;
            }
            double updated = childAverage(id);
            if (Math.abs(updated - (Double) locked.get(0)[1]) < PROGRESS_TOLERANCE) {
                break;
            }
            setProgress(id, updated);
            changed++;
        }
        return changed;
    }

    /**
     * Locks these goals and every goal above them, deepest first (then by id), before a transaction rolls up several
     * chains at once (a check-in of several goals). One roll-up locks its chain bottom-up; two transactions that each
     * rolled up two chains one after the other could hold a goal of one chain and wait for a goal of the other
     * (a deadlock the 5,000-check-in benchmark hit). Taking every lock up front in one order that agrees with
     * bottom-up (depth descending) means no two roll-ups ever wait for each other in a cycle. One statement for the
     * paths, one per goal locked.
     */
    public void lockChains(Collection<Long> goalIds) {
        if (goalIds.isEmpty()) {
            return;
        }
        List<String> paths = jdbc.queryForList("select path from goal where id in (:ids)", Map.of("ids", goalIds),
                String.class);
        for (long id : lockOrder(paths)) {
            jdbc.query("select id from goal where id = :id for update", Map.of("id", id), (java.sql.ResultSet rs) -> { });
        }
    }

    /**
     * The order {@link #lockChains} locks in: every goal on these paths once, at its greatest depth, deepest first,
     * then by id. One global order for every set of paths, which agrees with {@link #rollUp}'s bottom-up order.
     */
    static List<Long> lockOrder(Collection<String> paths) {
        Map<Long, Integer> depthById = new HashMap<>();
        for (String path : paths) {
            List<Long> chain = GoalStore.idsOf(path);
            for (int depth = 0; depth < chain.size(); depth++) {
                depthById.merge(chain.get(depth), depth, Math::max);
            }
        }
        return depthById.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Long, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
    }

    /** Progress values closer than this are the same (they are stored rounded to two decimals). */
    public static final double PROGRESS_TOLERANCE = 0.005;

    /** A goal whose stored progress differs from what its children or key results give. */
    public record ProgressDrift(long id, String title, double stored, double expected) {
    }

    /**
     * Every goal whose stored progress is not what its own inputs give now: the average of its active and achieved
     * children (goals measured by their children), or its weighted key results. When no goal drifts, every
     * roll-up in the tree is right (by induction from the leaves up). One statement for the goals measured by
     * their children, one streamed over the key results.
     */
    public List<ProgressDrift> progressDrift() {
        List<ProgressDrift> drift = new ArrayList<>();
        jdbc.query("select g.id, g.title, g.progress, (select avg(c.progress) from goal c where c.parent_id = g.id "
                + "and c.status in ('ACTIVE', 'ACHIEVED')) from goal g where g.progress_from_children = true "
                + "order by g.id", Map.of(), rs -> {
                    double avg = rs.getDouble(4);
                    double expected = Progress.clamp(rs.wasNull() ? 0 : avg);
                    if (Math.abs(expected - rs.getDouble(3)) >= PROGRESS_TOLERANCE) {
                        drift.add(new ProgressDrift(rs.getLong(1), rs.getString(2), rs.getDouble(3), expected));
                    }
                });
        long[] current = {-1};
        String[] title = {null};
        double[] stored = {0};
        double[] sums = {0, 0};
        Runnable close = () -> {
            if (current[0] >= 0) {
                double expected = sums[1] == 0 ? 0 : Progress.clamp(sums[0] / sums[1]);
                if (Math.abs(expected - stored[0]) >= PROGRESS_TOLERANCE) {
                    drift.add(new ProgressDrift(current[0], title[0], stored[0], expected));
                }
            }
        };
        jdbc.query("select g.id, g.title, g.progress, k.type, k.baseline, k.target, k.current_value, k.weight "
                + "from goal g join key_result k on k.goal_id = g.id where g.progress_from_children = false "
                + "order by g.id", Map.of(), rs -> {
                    long id = rs.getLong(1);
                    if (id != current[0]) {
                        close.run();
                        current[0] = id;
                        title[0] = rs.getString(2);
                        stored[0] = rs.getDouble(3);
                        sums[0] = 0;
                        sums[1] = 0;
                    }
                    int weight = rs.getInt(8);
                    sums[0] += Progress.ofKeyResult(KeyResultType.valueOf(rs.getString(4)),
                            rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7)) * weight;
                    sums[1] += weight;
                });
        close.run();
        drift.sort(Comparator.comparingLong(ProgressDrift::id));
        return drift;
    }

    /** How many goals {@link #progressDrift()} checks (all of them). */
    public long countGoals() {
        Long n = jdbc.queryForObject("select count(*) from goal", Map.of(), Long.class);
        return n == null ? 0 : n;
    }

    /** Average progress of a goal's active and achieved children (0 without any). */
    public double childAverage(long id) {
        Double avg = jdbc.queryForObject("select avg(progress) from goal where parent_id = :id "
                + "and status in ('ACTIVE', 'ACHIEVED')", Map.of("id", id), Double.class);
        return Progress.clamp(avg == null ? 0 : avg);
    }

    public void setProgress(long id, double progress) {
        jdbc.update("update goal set progress = :p where id = :id", Map.of("p", progress, "id", id));
    }
}
