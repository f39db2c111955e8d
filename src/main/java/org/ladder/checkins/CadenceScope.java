package org.ladder.checkins;

/**
 * Whom a cadence command is for: one person, or the active members of a unit (with or without every unit below it).
 */
public record CadenceScope(Long unitId, boolean includeSubUnits, Long personId) {

    public CadenceScope {
        if ((unitId == null) == (personId == null)) {
            throw new IllegalArgumentException("A cadence scope is a unit or a person");
        }
    }

    public static CadenceScope unit(long unitId, boolean includeSubUnits) {
        return new CadenceScope(unitId, includeSubUnits, null);
    }

    public static CadenceScope person(long personId) {
        return new CadenceScope(null, false, personId);
    }

    public boolean isPerson() {
        return personId != null;
    }
}
