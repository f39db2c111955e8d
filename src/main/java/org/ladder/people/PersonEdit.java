package org.ladder.people;

import java.util.Set;

import org.ladder.base.security.Role;

/**
 * A person's record as HR and admins edit it: names, e-mail (also the sign-in name of imported people), job title,
 * unit, manager, roles and whether they are still with the organisation. {@code version} is the record's version
 * when it was read (optimistic locking).
 */
public record PersonEdit(long personId, long version, String externalId, String firstName, String lastName,
        String email, String jobTitle, Long unitId, Long managerId, Set<Role> roles, boolean active) {

    public PersonEdit {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
