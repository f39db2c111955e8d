package org.ladder.checkins;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The anonymity rule of the alignment pulse for one month (ADR 0022), on the unit tree: which units' figures may be
 * shown. A unit's figure counts the answers of the unit and of every unit below it. Shown figures nest, so
 * subtracting a shown unit's figure from a shown unit above it (or several) gives the figure of what is left: the
 * <em>remainder</em> of a shown unit is its answers minus those of the nearest shown units below it. The rule keeps
 * every remainder at 0 or at least {@link PulseResults#MIN_GROUP} answers, so no sum, difference or combination of
 * shown figures ever describes fewer than 5 answers:
 * <ol>
 * <li>a unit with fewer than 5 answers is never shown ({@link Hidden#FEWER_THAN_MINIMUM});</li>
 * <li>bottom-up, a unit whose remainder would be 1–4 answers is hidden ({@link Hidden#PROTECTS_SMALLER_GROUP}):
 * its own answers then count in the remainder of the next unit above;</li>
 * <li>a top unit (no parent) keeps its figure instead: the nearest shown unit below it with the smallest count
 * whose own remainder is 5 or more is hidden, which makes the top remainder 5 or more.</li>
 * </ol>
 * The result depends on the answers and the tree only — never on who looks or on a filter — so every viewer and
 * every filter sees the same figures for the same month. Pure: no database, no Spring.
 */
final class PulseSuppression {

    /** Why a unit's figure is not shown. */
    enum Hidden {
        /** Fewer than 5 answers in the unit and the units below it. */
        FEWER_THAN_MINIMUM,
        /** 5 or more answers, but showing them would let a smaller group be worked out by subtraction. */
        PROTECTS_SMALLER_GROUP
    }

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

    /** A unit's month: its subtree's tally and, when hidden, why. */
    record Cell(long unitId, Tally tally, Hidden hidden) {
        boolean shown() {
            return hidden == null;
        }
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
     * @return a cell per unit of {@code parents}
     */
    Map<Long, Cell> decide(Map<Long, Long> parents, Map<Long, Tally> own) {
        Map<Long, List<Long>> children = new HashMap<>();
        List<Long> tops = new ArrayList<>();
        parents.forEach((unit, parent) -> {
            if (parent == null || !parents.containsKey(parent)) {
                tops.add(unit);
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(unit);
            }
        });
        Map<Long, Tally> total = new HashMap<>();
        Map<Long, Hidden> hidden = new HashMap<>();
        Map<Long, List<Long>> frontier = new HashMap<>(); // nearest shown units below a unit
        Map<Long, Integer> remainder = new HashMap<>();
        for (Long top : tops) {
            for (Long unit : postOrder(top, children)) {
                Tally t = own.getOrDefault(unit, Tally.empty());
                List<Long> below = new ArrayList<>();
                for (Long child : children.getOrDefault(unit, List.of())) {
                    t = t.plus(total.get(child));
                    if (hidden.containsKey(child)) {
                        below.addAll(frontier.get(child));
                    } else {
                        below.add(child);
                    }
                }
                total.put(unit, t);
                frontier.put(unit, below);
                if (t.answers() < minimum) {
                    hidden.put(unit, Hidden.FEWER_THAN_MINIMUM);
                    continue;
                }
                int rest = t.answers() - below.stream().mapToInt(b -> total.get(b).answers()).sum();
                if (rest == 0 || rest >= minimum) {
                    remainder.put(unit, rest);
                } else if (!unit.equals(top)) {
                    hidden.put(unit, Hidden.PROTECTS_SMALLER_GROUP);
                } else {
                    remainder.put(unit, keepTop(rest, below, total, frontier, remainder, hidden));
                }
            }
        }
        Map<Long, Cell> cells = new HashMap<>();
        parents.keySet().forEach(u -> cells.put(u, new Cell(u, total.get(u), hidden.get(u))));
        return cells;
    }

    /**
     * Makes a top unit's remainder 5 or more by hiding shown units right below it (in {@code below}, which it
     * updates): the smallest one whose own remainder is 5 or more; a shown unit with nothing of its own (remainder
     * 0) makes way for the units below it first.
     */
    private int keepTop(int rest, List<Long> below, Map<Long, Tally> total, Map<Long, List<Long>> frontier,
            Map<Long, Integer> remainder, Map<Long, Hidden> hidden) {
        Comparator<Long> smallest = Comparator.<Long>comparingInt(u -> total.get(u).answers())
                .thenComparing(Comparator.naturalOrder());
        while (rest > 0 && rest < minimum) {
            Long pick = below.stream().filter(u -> remainder.get(u) >= minimum).min(smallest)
                    .orElseGet(() -> below.stream().min(smallest).orElseThrow());
            below.remove(pick);
            below.addAll(frontier.get(pick));
            hidden.put(pick, Hidden.PROTECTS_SMALLER_GROUP);
            rest += remainder.remove(pick);
        }
        return rest;
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
