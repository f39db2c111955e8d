package org.ladder.reviews;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which calibration group a person's review joins (ADR 0025): the nearest unit, starting at the person's own unit and
 * going up, that has a head other than the person. A head of unit is so calibrated one level up, with the peers
 * they manage alongside; a unit without a head is calibrated with the unit above. Nobody above: no calibration.
 */
final class CalibrationUnits {

    private final Map<Long, Long> parents;
    private final Map<Long, Long> heads;

    CalibrationUnits(Map<Long, Long> parents, Map<Long, Long> heads) {
        this.parents = parents;
        this.heads = heads;
    }

    Long of(long personId, Long unitId) {
        Set<Long> seen = new HashSet<>();
        Long unit = unitId;
        while (unit != null && seen.add(unit)) {
            Long head = heads.get(unit);
            if (head != null && head != personId) {
                return unit;
            }
            unit = parents.get(unit);
        }
        return null;
    }

    Long headOf(long unitId) {
        return heads.get(unitId);
    }
}
