package org.ladder.people;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ladder.base.audit.AuditLog;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.Role;
import org.ladder.base.text.Plural;
import org.ladder.people.domain.OrgUnit;
import org.ladder.people.domain.OrgUnitRepository;
import org.ladder.people.domain.Person;
import org.ladder.people.domain.PersonRepository;
import org.ladder.people.imports.CsvReader;
import org.ladder.people.imports.ImportRules;
import org.ladder.people.imports.ImportRules.ExistingPerson;
import org.ladder.people.imports.ImportRules.ExistingUnit;
import org.ladder.people.imports.ImportRules.Outcome;
import org.ladder.people.imports.ImportRules.PersonRow;
import org.ladder.people.imports.ImportRules.UnitRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports org units and people from CSV (format: {@link ImportRules}). A preview first, then all-or-nothing:
 * one transaction, and only when no row has a problem. Re-importing the same file changes nothing. HR and
 * admins only. Like an edit by hand, it publishes {@link PersonJoinedUnit} for each person created in a unit, moved
 * to another or reactivated, and {@link PersonAccessChanged} for each person whose roles or active state changed, in
 * its transaction once everything is written.
 */
@Service
public class OrgImportService {

    /** Largest file accepted, in bytes: the portal's one upload limit. */
    public static final int MAX_BYTES = org.ladder.base.web.UploadLimits.MAX_FILE_BYTES;

    private final PersonRepository people;
    private final OrgUnitRepository units;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    OrgImportService(PersonRepository people, OrgUnitRepository units, CurrentUser currentUser, AuditLog audit,
            ApplicationEventPublisher events) {
        this.people = people;
        this.units = units;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
    }

    /** What importing this file would do; saves nothing. */
    @Transactional(readOnly = true)
    public ImportReport preview(byte[] csv) {
        currentUser.requireAnyRole(Role.HR, Role.ADMIN);
        return report(check(csv), false);
    }

    /**
     * Imports the file, or nothing at all.
     *
     * @throws ImportRejectedException when any row has a problem
     */
    @Transactional
    public ImportReport apply(byte[] csv) {
        currentUser.requireAnyRole(Role.HR, Role.ADMIN);
        Checked checked = check(csv);
        if (!checked.outcome().ok()) {
            throw new ImportRejectedException(report(checked, false));
        }
        write(checked.outcome());
        ImportReport report = report(checked, true);
        audit.record("people.imported", "organisation", null, Plural.count(report.rows(), "row") + ": "
                + Plural.count(report.unitsCreated(), "unit") + " created, "
                + Plural.count(report.unitsUpdated(), "unit") + " updated, "
                + Plural.count(report.peopleCreated(), "person", "people") + " created, "
                + Plural.count(report.peopleUpdated(), "person", "people") + " updated, "
                + report.unchanged() + " unchanged");
        return report;
    }

    /** A file to start from: the header and one example unit and person, in the format {@link ImportRules} reads. */
    public static String template() {
        return String.join(",", ImportRules.COLUMNS) + "\n"
                + "unit,U-1,Brightwater Ltd,,P-1,,,,,,,,\n"
                + "unit,U-2,Customer Care,U-1,P-2,,,,,,,,\n"
                + "person,P-1,,,,Catherine,Okafor,catherine.okafor@example.com,Chief Executive,U-1,,LEADERSHIP;MANAGER,yes\n"
                + "person,P-2,,,,Jonas,Berg,jonas.berg@example.com,Head of Customer Care,U-2,P-1,MANAGER,yes\n"
                + "person,P-3,,,,Amira,Haddad,amira.haddad@example.com,Support Specialist,U-2,P-2,,yes\n";
    }

    /** The latest imports, newest first: when, who, what changed. HR and admins only. */
    @Transactional(readOnly = true)
    public java.util.List<org.ladder.base.audit.AuditEvent> recentImports(int max) {
        currentUser.requireAnyRole(Role.HR, Role.ADMIN);
        return audit.recent("people.imported", max);
    }

    private record Checked(int rows, Outcome outcome) {
    }

    private Checked check(byte[] csv) {
        if (csv == null || csv.length == 0) {
            return new Checked(0, failure(1, "The file is empty."));
        }
        if (csv.length > MAX_BYTES) {
            return new Checked(0, failure(1, org.ladder.base.web.UploadLimits.tooLargeMessage()));
        }
        CsvReader.Table table;
        try {
            table = CsvReader.read(csv);
        } catch (CsvReader.CsvFormatException e) {
            return new Checked(0, failure(e.line(), e.getMessage()));
        }
        return new Checked(table.rows().size(),
                ImportRules.check(table, snapshot(), currentUser.hasRole(Role.ADMIN)));
    }

    private static Outcome failure(int line, String message) {
        return new Outcome(List.of(new ImportRules.Problem(line, message)), List.of(), List.of(), 0, 0, 0, 0, 0);
    }

    private ImportRules.Snapshot snapshot() {
        Map<String, ExistingUnit> existingUnits = units.findAllWithLinks().stream()
                .map(u -> new ExistingUnit(u.getExternalId(), u.getName(),
                        u.getParent() == null ? null : u.getParent().getExternalId(),
                        u.getHead() == null ? null : u.getHead().getExternalId()))
                .collect(Collectors.toMap(ExistingUnit::externalId, Function.identity()));
        Map<String, ExistingPerson> existingPeople = people.findAllWithLinks().stream()
                .map(p -> new ExistingPerson(p.getExternalId(), p.getDisplayName(), p.getFirstName(),
                        p.getLastName(), p.getEmail(), p.getJobTitle(),
                        p.getUnit() == null ? null : p.getUnit().getExternalId(),
                        p.getManager() == null ? null : p.getManager().getExternalId(),
                        p.getRoles().isEmpty() ? EnumSet.of(Role.EMPLOYEE) : EnumSet.copyOf(p.getRoles()),
                        p.isActive()))
                .collect(Collectors.toMap(ExistingPerson::externalId, Function.identity()));
        return new ImportRules.Snapshot(existingUnits, existingPeople);
    }

    private void write(Outcome outcome) {
        Map<String, OrgUnit> unitByExt = new HashMap<>();
        units.findAll().forEach(u -> unitByExt.put(u.getExternalId(), u));
        Map<String, Person> personByExt = new HashMap<>();
        people.findAll().forEach(p -> personByExt.put(p.getExternalId(), p));

        // 1. units, then their parents (a parent may come later in the file)
        for (UnitRow row : outcome.units()) {
            OrgUnit unit = unitByExt.computeIfAbsent(row.externalId(),
                    id -> units.save(new OrgUnit(id, row.name(), null)));
            unit.setName(row.name());
        }
        for (UnitRow row : outcome.units()) {
            unitByExt.get(row.externalId()).setParent(row.parent() == null ? null : unitByExt.get(row.parent()));
        }
        // 2. people, then their managers; who joined a unit, and whose access changed, is published below
        List<Object> published = new java.util.ArrayList<>();
        for (PersonRow row : outcome.people()) {
            Person existing = personByExt.get(row.externalId());
            Long unitBefore = existing == null || existing.getUnit() == null ? null : existing.getUnit().getId();
            boolean activeBefore = existing != null && existing.isActive();
            java.util.Set<Role> rolesBefore = existing == null ? null : EnumSet.copyOf(withEmployee(existing));
            Person person = personByExt.computeIfAbsent(row.externalId(),
                    id -> people.save(new Person(id, row.email(), row.email(), row.firstName(), row.lastName())));
            person.setName(row.firstName(), row.lastName());
            person.setEmail(row.email());
            person.setJobTitle(row.jobTitle());
            OrgUnit unit = unitByExt.get(row.unit());
            person.setUnit(unit);
            person.setRoles(row.roles());
            person.setActive(row.active());
            if (existing != null && (activeBefore != person.isActive()
                    || !rolesBefore.equals(withEmployee(person)))) {
                published.add(new PersonAccessChanged(person.getId(), person.getUsername(),
                        !rolesBefore.equals(withEmployee(person)), person.isActive()));
            }
            if (unit != null && person.isActive() && (!activeBefore || !unit.getId().equals(unitBefore))) {
                published.add(new PersonJoinedUnit(person.getId(), unit.getId(), activeBefore ? unitBefore : null));
            }
        }
        for (PersonRow row : outcome.people()) {
            personByExt.get(row.externalId())
                    .setManager(row.manager() == null ? null : personByExt.get(row.manager()));
        }
        // 3. heads, once everyone exists
        for (UnitRow row : outcome.units()) {
            unitByExt.get(row.externalId()).setHead(row.head() == null ? null : personByExt.get(row.head()));
        }
        // 4. the events, once the whole organisation is written: a listener sees the new heads and managers
        people.flush();
        published.forEach(events::publishEvent);
    }

    private static java.util.Set<Role> withEmployee(Person p) {
        java.util.Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
        roles.addAll(p.getRoles());
        return roles;
    }

    private static ImportReport report(Checked checked, boolean applied) {
        Outcome o = checked.outcome();
        return new ImportReport(checked.rows(), o.unitsCreated(), o.unitsUpdated(), o.peopleCreated(),
                o.peopleUpdated(), o.unchanged(),
                o.problems().stream().map(p -> new ImportReport.Line(p.line(), p.message())).toList(), applied,
                o.changes().stream().map(OrgImportService::change).toList());
    }

    private static ImportReport.Change change(ImportRules.Change c) {
        String kind = c.kind() == ImportRules.Change.Kind.UNIT ? "Unit" : "Person";
        String action = switch (c.action()) {
            case NEW -> "New";
            case CHANGED -> "Changed";
            case DEACTIVATED -> "Deactivated";
            case REACTIVATED -> "Reactivated";
        };
        return new ImportReport.Change(c.line(), kind, c.externalId(), c.name(), action, c.details());
    }
}
