package org.ladder.cycles.ui;

/** Where a cycle's page is. */
final class CycleLinks {

    private CycleLinks() {
    }

    static String pagePath(long cycleId) {
        return "cycles/" + cycleId;
    }
}
