package org.ladder.cycles;

/** Whom a cycle is for: the whole organisation ({@code unitId} null) or a unit and every unit below it. */
public record CycleScope(Long unitId) {

    public static CycleScope organisation() {
        return new CycleScope(null);
    }

    public static CycleScope unit(long unitId) {
        return new CycleScope(unitId);
    }

    public boolean isOrganisation() {
        return unitId == null;
    }

    /** The key of the one-cycle-per-scope-and-period rule: {@code org} or {@code unit:42}. */
    public String key() {
        return unitId == null ? "org" : "unit:" + unitId;
    }
}
