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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports org units and people from CSV (format: {@link ImportRules}). A preview first, then all-or-nothing:
 * one transaction, and only when no row has a problem. Re-importing the same file changes nothing. HR and
 * admins only.
 */
@Service
public class OrgImportService {

    /** Largest file accepted, in bytes: the portal's one upload limit. */
    public static final int MAX_BYTES = org.ladder.base.web.UploadLimits.MAX_FILE_BYTES;

    private final PersonRepository people;
    private final OrgUnitRepository units;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    OrgImportService(PersonRepository people, OrgUnitRepository units, CurrentUser currentUser, AuditLog audit) {
        this.people = people;
        this.units = units;
        this.currentUser = currentUser;
        this.audit = audit;
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
        audit.record("people.imported", "organisation", null, String.format(
                "%d rows: %d units created, %d units updated, %d people created, %d people updated, %d unchanged",
                report.rows(), report.unitsCreated(), report.unitsUpdated(), report.peopleCreated(),
                report.peopleUpdated(), report.unchanged()));
        return report;
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
        // 2. people, then their managers
        for (PersonRow row : outcome.people()) {
            Person person = personByExt.computeIfAbsent(row.externalId(),
                    id -> people.save(new Person(id, row.email(), row.email(), row.firstName(), row.lastName())));
            person.setName(row.firstName(), row.lastName());
            person.setEmail(row.email());
            person.setJobTitle(row.jobTitle());
            person.setUnit(unitByExt.get(row.unit()));
            person.setRoles(row.roles());
            person.setActive(row.active());
        }
        for (PersonRow row : outcome.people()) {
            personByExt.get(row.externalId())
                    .setManager(row.manager() == null ? null : personByExt.get(row.manager()));
        }
        // 3. heads, once everyone exists
        for (UnitRow row : outcome.units()) {
            unitByExt.get(row.externalId()).setHead(row.head() == null ? null : personByExt.get(row.head()));
        }
    }

    private static ImportReport report(Checked checked, boolean applied) {
        Outcome o = checked.outcome();
        return new ImportReport(checked.rows(), o.unitsCreated(), o.unitsUpdated(), o.peopleCreated(),
                o.peopleUpdated(), o.unchanged(),
                o.problems().stream().map(p -> new ImportReport.Line(p.line(), p.message())).toList(), applied);
    }
}
