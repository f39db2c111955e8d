package org.ladder.people;

/**
 * A person's roles changed or they were deactivated (or reactivated): whatever holds their access — open sessions —
 * must follow. Published in the transaction of the change.
 */
public record PersonAccessChanged(long personId, String username, boolean rolesChanged, boolean active) {
}
