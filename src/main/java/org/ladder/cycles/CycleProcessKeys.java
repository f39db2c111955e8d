package org.ladder.cycles;

/**
 * The keys of the cycle's own processes and the shape of their per-person business keys, as the onboarding and the
 * leaver handling need them (the contracts in {@code cycles.workflow} define them; kept here so the root does not
 * reach into the workflow package for strings).
 */
final class CycleProcessKeys {

    static final String CYCLE = "alignment-cycle";
    static final String UNIT_CASCADE = "unit-cascade";
    static final String PERSONAL_GOALS = "cycle-personal-goals";

    private CycleProcessKeys() {
    }

    /** Whether a personal-goals business key ({@code cycle-<id>/person-<personId>}) is this person's. */
    static boolean isPersonKey(String businessKey, long personId) {
        return businessKey != null && businessKey.endsWith("/person-" + personId);
    }
}
