package org.ladder.base;

import java.util.List;

/**
 * A check that recomputes stored, derived data from its sources and reports where they differ (drift). Feature
 * modules implement it; admins run every one from the Operations view. Implementations check the caller's role.
 */
public interface Reconciliation {

    /** What is checked, e.g. "Goal progress". */
    String title();

    /** Recomputes and compares; changes nothing. */
    Report run();

    /** One record whose stored value differs from the recomputed one. */
    record Drift(String subject, String stored, String expected) {
    }

    /** How many records were checked, and those that drifted. */
    record Report(String title, long checked, List<Drift> drift) {

        public boolean clean() {
            return drift.isEmpty();
        }
    }
}
