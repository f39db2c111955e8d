package org.ladder.cycles.workflow;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** What one transaction reported to the cycle's counters, written just before it commits. */
final class PendingCycleCounts {

    /** Activity instances of one element of one instance: started, completed and cancelled. */
    record Step(String businessKey, String processKey, String elementId) {
    }

    /** A user task touched: its instance's business key, its process and its task definition key. */
    record TaskRef(String businessKey, String processKey, String elementId) {
    }

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
    PendingCycleCounts drain() {
        PendingCycleCounts taken = new PendingCycleCounts();
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
