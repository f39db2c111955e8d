package org.ladder.checkins;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The anonymity rule of the alignment pulse for one month (ADR 0022), on the unit tree. A unit's figure counts the
 * answers of the unit and of the units below it — except answers that would single out a group of fewer than
 * {@link PulseResults#MIN_GROUP}. Shown figures nest, so subtracting the figures of the units right below a unit from
 * its own figure gives what that unit adds: its <em>remainder</em>. The rule keeps every remainder at 0 or at least 5
 * answers, so no sum, difference or combination of shown figures ever describes fewer than 5 answers:
 * <ol>
 * <li>bottom-up, a unit's <em>pool</em> is its own answers plus the answers its sub-units left out;</li>
 * <li>a pool of 5 answers or more counts in the unit's figure (it is the remainder); a pool of 1–4 answers is
 * left out of the unit's figure and passed up to the unit above, whose pool it joins (at the top it stays out);</li>
 * <li>a unit whose figure has fewer than 5 answers is not shown — exactly the units with fewer than 5 answers in
 * all.</li>
 * </ol>
 * So every unit with 5 answers or more shows a figure, which leaves out at most 4 of its answers (typically the
 * head's own answer next to their teams'; those count in a unit further up). The result depends on the answers and
 * the tree only — never on who looks or on a filter. Pure: no database, no Spring.
 */
final class PulseSuppression {

    /** The answers of one group: how many, and how many gave each score 1–5. */
    record Tally(int answers, int[] byScore) {

        static Tally empty() {
            return new Tally(0, new int[5]);
        }

        Tally plus(Tally other) {
            int[] sum = new int[5];
            for (int i = 0; i < 5; i++) {
                sum[i] = byScore[i] + other.byScore[i];
            }
            return new Tally(answers + other.answers, sum);
        }

        long scoreSum() {
            long s = 0;
            for (int i = 0; i < 5; i++) {
                s += (long) (i + 1) * byScore[i];
            }
            return s;
        }
    }

    /**
     * A unit's month.
     *
     * @param unitId   the unit
     * @param tally    the answers its figure counts (when hidden: all answers of the unit and below, never shown)
     * @param shown    whether the figure may be shown (it counts 5 answers or more)
     * @param leftOut  whether the shown figure leaves out answers (1–4) that count only in a unit above
     */
    record Cell(long unitId, Tally tally, boolean shown, boolean leftOut) {
    }

    /**
     * The decision for a month: a cell per unit, and for each unit with answers the unit whose figure first counts
     * them (the unit itself or one above it; missing when no figure counts them).
     */
    record Month(Map<Long, Cell> cells, Map<Long, Long> countedAt) {
    }

    private final int minimum;

    PulseSuppression(int minimum) {
        this.minimum = minimum;
    }

    /**
     * Decides every unit of the tree for one month.
     *
     * @param parents every unit's parent (null for a top unit); every unit of the organisation must be a key
     * @param own     the answers given in each unit itself (units without answers may be missing)
     */
    Month decide(Map<Long, Long> parents, Map<Long, Tally> own) {
        Map<Long, List<Long>> children = new HashMap<>();
        List<Long> tops = new ArrayList<>();
        parents.forEach((unit, parent) -> {
            if (parent == null || !parents.containsKey(parent)) {
                tops.add(unit);
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(unit);
            }
        });
        Map<Long, Tally> figure = new HashMap<>();
        Map<Long, Tally> total = new HashMap<>();
        Map<Long, Tally> passedUp = new HashMap<>();
        Map<Long, List<Long>> passedUpUnits = new HashMap<>();
        Map<Long, Long> countedAt = new HashMap<>();
        Map<Long, Cell> cells = new HashMap<>();
        for (Long top : tops) {
            for (Long unit : postOrder(top, children)) {
                Tally mine = own.getOrDefault(unit, Tally.empty());
                Tally pool = mine;
                Tally counted = Tally.empty();
                Tally all = mine;
                List<Long> poolUnits = new ArrayList<>();
                if (mine.answers() > 0) {
                    poolUnits.add(unit);
                }
                for (Long child : children.getOrDefault(unit, List.of())) {
                    all = all.plus(total.get(child));
                    counted = counted.plus(figure.get(child));
                    pool = pool.plus(passedUp.remove(child));
                    poolUnits.addAll(passedUpUnits.remove(child));
                }
                boolean leftOut = false;
                if (pool.answers() >= minimum) {
                    counted = counted.plus(pool);
                    poolUnits.forEach(u -> countedAt.put(u, unit));
                    pool = Tally.empty();
                    poolUnits = new ArrayList<>();
                } else {
                    leftOut = pool.answers() > 0;
                }
                total.put(unit, all);
                figure.put(unit, counted);
                passedUp.put(unit, pool);
                passedUpUnits.put(unit, poolUnits);
                boolean shown = counted.answers() >= minimum;
                cells.put(unit, new Cell(unit, shown ? counted : all, shown, shown && leftOut));
            }
        }
        return new Month(cells, countedAt);
    }

    private static List<Long> postOrder(Long top, Map<Long, List<Long>> children) {
        List<Long> order = new ArrayList<>();
        java.util.Deque<Long> stack = new java.util.ArrayDeque<>();
        stack.push(top);
        while (!stack.isEmpty()) {
            Long unit = stack.pop();
            order.add(unit);
            children.getOrDefault(unit, List.of()).forEach(stack::push);
        }
        java.util.Collections.reverse(order);
        return order;
    }
}
