package org.ladder.people;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.people.domain.OrgUnit;
import org.ladder.people.domain.OrgUnitRepository;
import org.ladder.people.domain.Person;
import org.ladder.people.domain.PersonRepository;
import org.ladder.people.imports.PrivilegedRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR and admins edit a person: names, e-mail, job title, unit, manager, roles, active. The one owner of the admin
 * rules for roles and the active state (by form, {@link #update}; or one at a time, {@link #setRoles},
 * {@link #setActive}, which {@link AccountService} delegates to): only admins grant or remove the ADMIN and HR
 * roles, change an admin's roles or deactivate an admin; nobody removes the last active admin. A change
 * that breaks a rule saves nothing and says which field is wrong; a change made meanwhile by someone else is
 * refused ({@link ConcurrentEditException}). Every change is audited; a change of roles or of active publishes
 * {@link PersonAccessChanged}, a move of an active person to another unit (or a reactivation in one) {@link PersonJoinedUnit}.
 */
@Service
@Transactional
public class PersonEditing {

    /** Roles only admins may grant or remove. */
    public static final Set<Role> ADMIN_ONLY_ROLES = PrivilegedRoles.PRIVILEGED;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final PersonRepository people;
    private final OrgUnitRepository units;
    private final PeopleService directory;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PersonEditing(PersonRepository people, OrgUnitRepository units, PeopleService directory, CurrentUser currentUser,
            AuditLog audit, ApplicationEventPublisher events) {
        this.people = people;
        this.units = units;
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
    }

    /** Whether the caller may edit people: HR and admins. */
    @Transactional(readOnly = true)
    public boolean mayEdit() {
        return currentUser.hasAnyRole(Role.HR, Role.ADMIN);
    }

    /** Whether the caller may grant or remove {@code role} (ADMIN and HR: admins only). */
    @Transactional(readOnly = true)
    public boolean mayGrant(Role role) {
        return mayEdit() && (!ADMIN_ONLY_ROLES.contains(role) || currentUser.hasRole(Role.ADMIN));
    }

    /** The person's record as the edit form starts from it. */
    @Transactional(readOnly = true)
    public PersonEdit load(long personId) {
        currentUser.requireAnyRole(Role.HR, Role.ADMIN);
        Person p = people.findById(personId).orElseThrow(() -> new IllegalArgumentException("No such person."));
        return new PersonEdit(p.getId(), p.getVersion(), p.getExternalId(), p.getFirstName(), p.getLastName(),
                p.getEmail(), p.getJobTitle(), p.getUnit() == null ? null : p.getUnit().getId(),
                p.getManager() == null ? null : p.getManager().getId(), roles(p), p.isActive());
    }

    /**
     * Saves the edit, or nothing.
     *
     * @throws ValidationException with one message per wrong field ({@code firstName}, {@code lastName},
     *         {@code email}, {@code jobTitle}, {@code unit}, {@code manager}, {@code roles}, {@code active})
     * @throws ConcurrentEditException when the person was changed since {@code edit.version()}
     * @throws AccessDeniedException when the caller is neither HR nor an admin
     */
    public PersonEdit update(PersonEdit edit) {
        LadderUser caller = currentUser.requireAnyRole(Role.HR, Role.ADMIN);
        Person p = people.findById(edit.personId())
                .orElseThrow(() -> new IllegalArgumentException("No such person."));
        if (p.getVersion() != edit.version()) {
            throw new ConcurrentEditException(p.getDisplayName() + " was changed by someone else meanwhile. "
                    + "Reload the page to see the change; nothing was saved.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String first = text(errors, "firstName", "First name", edit.firstName(), Person.MAX_NAME_PART, true);
        String last = text(errors, "lastName", "Last name", edit.lastName(), Person.MAX_NAME_PART, true);
        String email = text(errors, "email", "E-mail", edit.email(), Person.MAX_EMAIL, true);
        String title = text(errors, "jobTitle", "Job title", edit.jobTitle(), Person.MAX_JOB_TITLE, false);
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
            if (!EMAIL.matcher(email).matches()) {
                errors.put("email", "“" + email + "” is not a valid e-mail address.");
            } else {
                String mail = email;
                people.findByLogin(mail).filter(o -> !o.getId().equals(p.getId())).ifPresent(o ->
                        errors.put("email", mail + " already belongs to " + o.getDisplayName() + "."));
            }
        }
        OrgUnit unit = null;
        if (edit.unitId() != null) {
            unit = units.findById(edit.unitId()).orElse(null);
            if (unit == null) {
                errors.put("unit", "This unit no longer exists.");
            }
        }
        Person manager = null;
        if (edit.managerId() != null) {
            manager = people.findById(edit.managerId()).orElse(null);
            if (manager == null) {
                errors.put("manager", "This person no longer exists.");
            } else if (manager.getId().equals(p.getId())) {
                errors.put("manager", "Nobody can be their own manager.");
            } else if (!manager.isActive() && edit.active()) {
                errors.put("manager", manager.getDisplayName() + " has left the organisation.");
            } else if (directory.managerChain(manager.getId()).contains(p.getId())) {
                errors.put("manager", "Reporting loop: " + manager.getDisplayName() + " reports to "
                        + p.getDisplayName() + ", directly or not.");
            }
        }
        Set<Role> before = roles(p);
        Set<Role> after = withEmployee(edit.roles());
        accessRefusal(p, before, after, edit.active(), caller).ifPresent(refusal -> {
            List<String> refused = touched(before, after).stream().filter(ADMIN_ONLY_ROLES::contains)
                    .map(Role::label).toList();
            errors.put(refusal.field(), switch (refusal.kind()) {
                case PRIVILEGED -> refused.isEmpty() ? refusal.message()
                        : "Only administrators may grant or remove " + String.join(" and ", refused) + ".";
                case LAST_ADMIN -> p.getDisplayName()
                        + " is the last active administrator: make someone else an administrator first.";
            });
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }

        List<String> changes = new ArrayList<>();
        changed(changes, "name", p.getFirstName() + " " + p.getLastName(), first + " " + last);
        changed(changes, "e-mail", p.getEmail(), email);
        changed(changes, "job title", p.getJobTitle(), title);
        changed(changes, "unit", p.getUnit() == null ? null : p.getUnit().getName(),
                unit == null ? null : unit.getName());
        changed(changes, "manager", p.getManager() == null ? null : p.getManager().getDisplayName(),
                manager == null ? null : manager.getDisplayName());
        changed(changes, "roles", labels(before), labels(after));
        changed(changes, "active", p.isActive() ? "yes" : "no", edit.active() ? "yes" : "no");
        if (changes.isEmpty()) {
            return edit;
        }
        p.setName(first, last);
        p.setEmail(email);
        p.setJobTitle(title);
        Long previousUnitId = p.getUnit() == null ? null : p.getUnit().getId();
        boolean wasActive = p.isActive();
        p.setUnit(unit);
        p.setManager(manager);
        applyAccess(p, before, after, edit.active());
        if (unit != null && p.isActive() && (!unit.getId().equals(previousUnitId) || !wasActive)) {
            events.publishEvent(new PersonJoinedUnit(p.getId(), unit.getId(), wasActive ? previousUnitId : null));
        }
        audit.record("person.updated", "person", p.getId(), p.getUsername() + ": " + String.join("; ", changes));
        return load(p.getId());
    }

    /**
     * Changes a person's roles (EMPLOYEE is always kept), as {@link #update} would with the rest unchanged. HR and
     * admins; only an admin may grant or remove ADMIN or HR, or change an admin's roles; the last active admin
     * keeps ADMIN. The person's open sessions end.
     *
     * @throws AccessDeniedException when the caller may not make this change (the reason in the message)
     * @throws ValidationException ({@code roles}) when it would leave Ladder without an active administrator
     */
    public void setRoles(long personId, Set<Role> roles) {
        LadderUser caller = currentUser.requireAnyRole(Role.HR, Role.ADMIN);
        Person p = find(personId);
        Set<Role> before = roles(p);
        Set<Role> after = withEmployee(roles);
        refuse(accessRefusal(p, before, after, p.isActive(), caller), "roles");
        if (before.equals(after)) {
            return;
        }
        applyAccess(p, before, after, p.isActive());
        audit.record("person.roles-changed", "person", personId, p.getUsername() + ": " + before + " -> " + after);
    }

    /**
     * Deactivates a person who left (or reactivates them). HR and admins; only an admin may deactivate an admin,
     * and never the last active one. A deactivated person's open sessions end.
     *
     * @throws AccessDeniedException when the caller may not make this change (the reason in the message)
     * @throws ValidationException ({@code active}) when it would leave Ladder without an active administrator
     */
    public void setActive(long personId, boolean active) {
        LadderUser caller = currentUser.requireAnyRole(Role.HR, Role.ADMIN);
        Person p = find(personId);
        Set<Role> roles = roles(p);
        refuse(accessRefusal(p, roles, roles, active, caller), "active");
        if (p.isActive() == active) {
            return;
        }
        applyAccess(p, roles, roles, active);
        if (active && p.getUnit() != null) {
            events.publishEvent(new PersonJoinedUnit(p.getId(), p.getUnit().getId(), null));
        }
        audit.record(active ? "person.reactivated" : "person.deactivated", "person", personId, p.getUsername());
    }

    // ------------------------------------------------------------- the admin rules, in this one place

    /** Why a change of roles or of the active state is refused. */
    private enum RefusalKind { PRIVILEGED, LAST_ADMIN }

    private record Refusal(RefusalKind kind, String field, String message) {
    }

    /**
     * The admin rules for one person's roles and active state, whatever the path (the edit form, the account
     * calls; the import applies the same {@link PrivilegedRoles} row by row): only an admin grants or removes ADMIN
     * and HR, changes an admin's roles or deactivates an admin; nobody leaves Ladder without an active admin.
     */
    private Optional<Refusal> accessRefusal(Person p, Set<Role> before, Set<Role> after, boolean activeAfter,
            LadderUser caller) {
        Optional<String> privileged = PrivilegedRoles.problem(before, p.isActive(), after, activeAfter,
                caller.hasRole(Role.ADMIN), p.getDisplayName());
        if (privileged.isPresent()) {
            return Optional.of(new Refusal(RefusalKind.PRIVILEGED, before.equals(after) ? "active" : "roles",
                    privileged.get()));
        }
        boolean staysAdmin = after.contains(Role.ADMIN) && activeAfter;
        if (before.contains(Role.ADMIN) && p.isActive() && !staysAdmin
                && people.countActiveWithRole(Role.ADMIN) <= 1) {
            return Optional.of(new Refusal(RefusalKind.LAST_ADMIN, after.contains(Role.ADMIN) ? "active" : "roles",
                    PrivilegedRoles.LAST_ADMIN));
        }
        return Optional.empty();
    }

    /** The account calls' way of refusing: a privilege as access denied, the last admin as a field error. */
    private static void refuse(Optional<Refusal> refusal, String field) {
        refusal.ifPresent(r -> {
            if (r.kind() == RefusalKind.PRIVILEGED) {
                throw new AccessDeniedException(r.message());
            }
            throw new ValidationException(Map.of(field, r.message()));
        });
    }

    /** Sets roles and active, and ends the person's sessions when either changed ({@link PersonAccessChanged}). */
    private void applyAccess(Person p, Set<Role> before, Set<Role> after, boolean active) {
        boolean rolesChanged = !before.equals(after);
        boolean activeChanged = p.isActive() != active;
        p.setRoles(after);
        p.setActive(active);
        people.flush();
        if (rolesChanged || activeChanged) {
            events.publishEvent(new PersonAccessChanged(p.getId(), p.getUsername(), rolesChanged, p.isActive()));
        }
    }

    private Person find(long personId) {
        return people.findById(personId)
                .orElseThrow(() -> new IllegalArgumentException("No person with id " + personId));
    }

    private static Set<Role> touched(Set<Role> before, Set<Role> after) {
        Set<Role> touched = EnumSet.noneOf(Role.class);
        for (Role r : Role.values()) {
            if (before.contains(r) != after.contains(r)) {
                touched.add(r);
            }
        }
        return touched;
    }

    private static Set<Role> withEmployee(Set<Role> roles) {
        Set<Role> all = EnumSet.of(Role.EMPLOYEE);
        all.addAll(roles);
        return all;
    }

    private static Set<Role> roles(Person p) {
        Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
        roles.addAll(p.getRoles());
        return roles;
    }

    private static String labels(Set<Role> roles) {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }

    private static void changed(List<String> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + (before == null ? "—" : before) + " → " + (after == null ? "—" : after));
        }
    }

    private static String text(Map<String, String> errors, String key, String label, String value, int max,
            boolean required) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (required) {
                errors.put(key, label + " is required.");
            }
            return null;
        }
        if (v.length() > max) {
            errors.put(key, label + " has at most " + max + " characters.");
            return null;
        }
        return v;
    }
}
