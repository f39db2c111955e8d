package org.ladder.people;

import java.util.Set;

import org.ladder.base.security.Role;

/**
 * A person's page. {@code roles} is empty unless the caller may see them (HR, admins, the person);
 * {@code externalId} (the id in the HR system the import matches on) is {@code null} unless the caller is HR or an
 * admin.
 */
public record PersonDetails(PersonSummary person, String username, Set<Role> roles, boolean rolesVisible,
        long directReports, String externalId) {

    public PersonDetails(PersonSummary person, String username, Set<Role> roles, boolean rolesVisible,
            long directReports) {
        this(person, username, roles, rolesVisible, directReports, null);
    }
}
