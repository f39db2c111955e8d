package org.ladder.cycles;

import java.util.List;
import java.util.Set;

/**
 * What the signed-in person may see of one cycle on its page: everything (HR, administrators, or a head whose units
 * cover the whole scope), or the units they head with every unit below them and those units' people.
 * {@code businessKeys} are the instances behind those units and people (null: all of the cycle's).
 */
public record CycleViewer(long cycleId, boolean everything, Set<Long> unitIds, Set<Long> personIds,
        List<String> businessKeys) {

    public CycleViewer {
        unitIds = Set.copyOf(unitIds);
        personIds = Set.copyOf(personIds);
        businessKeys = businessKeys == null ? null : List.copyOf(businessKeys);
    }

    public boolean seesUnit(long unitId) {
        return everything || unitIds.contains(unitId);
    }

    public boolean seesPerson(long personId) {
        return everything || personIds.contains(personId);
    }
}
