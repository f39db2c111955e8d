package org.ladder.people.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds loops in a "points up to" relation: a reporting line (person → manager) or the unit tree
 * (unit → parent). Linear in the number of nodes.
 */
public final class ReportingLoops {

    private ReportingLoops() {
    }

    /**
     * Every loop in {@code up} (node → the node above it; absent or {@code null} for a top), each as the list of
     * its nodes in order, starting from its smallest id so that the result is stable.
     */
    public static List<List<String>> find(Map<String, String> up) {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        List<List<String>> loops = new ArrayList<>();
        for (String start : new TreeMap<>(up).keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            Map<String, Integer> path = new LinkedHashMap<>();
            String node = start;
            while (node != null && !state.containsKey(node)) {
                state.put(node, 1);
                path.put(node, path.size());
                node = up.get(node);
            }
            if (node != null && state.get(node) == 1) {
                List<String> walk = new ArrayList<>(path.keySet());
                List<String> loop = new ArrayList<>(walk.subList(path.get(node), walk.size()));
                loops.add(rotateToSmallest(loop));
            }
            path.keySet().forEach(k -> state.put(k, 2));
        }
        return loops;
    }

    private static List<String> rotateToSmallest(List<String> loop) {
        int min = 0;
        for (int i = 1; i < loop.size(); i++) {
            if (loop.get(i).compareTo(loop.get(min)) < 0) {
                min = i;
            }
        }
        List<String> rotated = new ArrayList<>(loop.subList(min, loop.size()));
        rotated.addAll(loop.subList(0, min));
        return rotated;
    }

    /** "A → B → A" */
    public static String describe(List<String> loop) {
        return String.join(" → ", loop) + " → " + loop.get(0);
    }
}
