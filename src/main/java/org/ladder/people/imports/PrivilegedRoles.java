package org.ladder.people.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.ladder.base.security.Role;
import org.ladder.people.imports.ImportRules.ExistingPerson;
import org.ladder.people.imports.ImportRules.PersonRow;
import org.ladder.people.imports.ImportRules.Problem;

/**
 * Who may hand out or take away the roles that carry power over others (ADMIN, HR), by import or by hand: only an
 * administrator. Nobody may leave Ladder without an active administrator. A pure rule, used by the import and
 * by {@code PersonEditing} (the one owner of these rules for changes by hand).
 */
public final class PrivilegedRoles {

    /** The roles only an administrator may grant or remove. */
    public static final Set<Role> PRIVILEGED = EnumSet.of(Role.ADMIN, Role.HR);

    public static final String LAST_ADMIN = "Ladder needs at least one active administrator: this change would "
            + "leave none.";

    private PrivilegedRoles() {
    }

    /**
     * Why the caller may not make this change to a person, or empty when they may. {@code before} is null for a
     * new person.
     */
    public static Optional<String> problem(Set<Role> rolesBefore, boolean activeBefore, Set<Role> rolesAfter,
            boolean activeAfter, boolean callerIsAdmin, String name) {
        if (callerIsAdmin) {
            return Optional.empty();
        }
        Set<Role> before = rolesBefore == null ? EnumSet.noneOf(Role.class) : rolesBefore;
        Set<Role> granted = privileged(rolesAfter);
        granted.removeAll(before);
        Set<Role> removed = privileged(before);
        removed.removeAll(rolesAfter);
        if (!granted.isEmpty()) {
            return Optional.of("Only an administrator can grant the role " + labels(granted) + " (to " + name + ").");
        }
        if (!removed.isEmpty()) {
            return Optional.of("Only an administrator can remove the role " + labels(removed) + " (from " + name
                    + ").");
        }
        if (before.contains(Role.ADMIN) && !before.equals(rolesAfter)) {
            return Optional.of("Only an administrator can change the roles of " + name + ", who is an administrator.");
        }
        if (before.contains(Role.ADMIN) && activeBefore && !activeAfter) {
            return Optional.of("Only an administrator can deactivate " + name + ", who is an administrator.");
        }
        return Optional.empty();
    }

    /** The problems of an import's person rows: privileges first, then the last administrator. */
    static List<Problem> check(Collection<PersonRow> rows, Map<String, ExistingPerson> existing,
            boolean callerIsAdmin) {
        List<Problem> problems = new ArrayList<>();
        for (PersonRow row : rows) {
            ExistingPerson e = existing.get(row.externalId());
            String name = row.firstName() + " " + row.lastName() + " (" + row.externalId() + ")";
            problem(e == null ? null : e.roles(), e != null && e.active(), row.roles(), row.active(), callerIsAdmin,
                    name).ifPresent(message -> problems.add(new Problem(row.line(), message)));
        }
        Map<String, PersonRow> byId = rows.stream().collect(Collectors.toMap(PersonRow::externalId, r -> r));
        long adminsAfter = existing.values().stream()
                .filter(p -> !byId.containsKey(p.externalId()) && p.active() && p.roles().contains(Role.ADMIN))
                .count()
                + rows.stream().filter(r -> r.active() && r.roles().contains(Role.ADMIN)).count();
        if (adminsAfter == 0) {
            rows.stream()
                    .filter(r -> {
                        ExistingPerson e = existing.get(r.externalId());
                        return e != null && e.active() && e.roles().contains(Role.ADMIN);
                    })
                    .forEach(r -> problems.add(new Problem(r.line(), LAST_ADMIN)));
        }
        return problems;
    }

    private static Set<Role> privileged(Set<Role> roles) {
        Set<Role> p = EnumSet.noneOf(Role.class);
        roles.stream().filter(PRIVILEGED::contains).forEach(p::add);
        return p;
    }

    private static String labels(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.joining(" and "));
    }
}
