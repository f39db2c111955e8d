package org.ladder.people;

import java.util.Set;

import org.ladder.base.security.Role;

/**
 * A person's page. {@code roles} is empty unless the caller may see them (HR, admins, the person).
 */
public record PersonDetails(PersonSummary person, String username, Set<Role> roles, boolean rolesVisible,
        long directReports) {
}
