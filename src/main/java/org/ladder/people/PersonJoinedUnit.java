package org.ladder.people;

/**
 * A person joined a unit: they were created in it, reactivated in it, or moved to it from
 * {@code previousUnitId} (null for a new or reactivated person, or one who had no unit), by the import or by hand. Ids only; published in the transaction of the change,
 * so a listener that runs in it (or after its commit) sees the person in the new unit.
 */
public record PersonJoinedUnit(long personId, long unitId, Long previousUnitId) {
}
