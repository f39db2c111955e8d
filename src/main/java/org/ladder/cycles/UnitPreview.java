package org.ladder.cycles;

/** A unit as the launch preview shows it: its level in the scope (1 = top), its head, its people, its rule. */
public record UnitPreview(long unitId, String name, int level, Long parentUnitId, Long headId, String headName,
        int members, RuleApplied rule) {

    public boolean hasHead() {
        return headId != null;
    }
}
