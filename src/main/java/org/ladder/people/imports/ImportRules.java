package org.ladder.people.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.ladder.base.security.Role;
import org.ladder.people.domain.OrgUnit;
import org.ladder.people.domain.Person;

/**
 * The rules of the organisation import, as a pure function of the file and of what Ladder already holds. Every
 * bad row is reported with its line and reason; the import applies only when there is none.
 *
 * <p>File format (UTF-8 CSV, header line first, columns in any order):
 * {@code kind,external_id,name,parent,head,first_name,last_name,email,job_title,unit,manager,roles,active}.
 * A {@code unit} row uses name, parent (a unit's external id) and head (a person's external id); a
 * {@code person} row uses first_name, last_name, email, job_title, unit, manager (a person's external id),
 * roles (separated by ";") and active (yes/no). Rows are matched on external_id: a re-import of the same file
 * changes nothing.
 */
public final class ImportRules {

    public static final List<String> COLUMNS = List.of("kind", "external_id", "name", "parent", "head",
            "first_name", "last_name", "email", "job_title", "unit", "manager", "roles", "active");
    public static final int MAX_ROWS = 100_000;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public record ExistingUnit(String externalId, String name, String parent, String head) {
    }

    public record ExistingPerson(String externalId, String displayName, String firstName, String lastName,
            String email, String jobTitle, String unit, String manager, Set<Role> roles, boolean active) {
    }

    /** What Ladder holds now, keyed by external id. */
    public record Snapshot(Map<String, ExistingUnit> units, Map<String, ExistingPerson> people) {
        public static Snapshot empty() {
            return new Snapshot(Map.of(), Map.of());
        }
    }

    public record UnitRow(int line, String externalId, String name, String parent, String head) {
    }

    public record PersonRow(int line, String externalId, String firstName, String lastName, String email,
            String jobTitle, String unit, String manager, Set<Role> roles, boolean active) {
    }

    public record Problem(int line, String message) {
    }

    /** The verdict: problems (none means the import may apply), the rows that change something, and counts. */
    public record Outcome(List<Problem> problems, List<UnitRow> units, List<PersonRow> people, int unitsCreated,
            int unitsUpdated, int peopleCreated, int peopleUpdated, int unchanged) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Snapshot existing;
    private final boolean callerIsAdmin;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, UnitRow> units = new LinkedHashMap<>();
    private final Map<String, PersonRow> people = new LinkedHashMap<>();
    private final Map<String, Integer> firstLineOfId = new HashMap<>();
    private final Map<String, Integer> firstLineOfEmail = new HashMap<>();

    private final Map<String, ExistingPerson> byEmail = new HashMap<>();

    private ImportRules(Snapshot existing, boolean callerIsAdmin) {
        this.existing = existing;
        this.callerIsAdmin = callerIsAdmin;
        existing.people().values().forEach(p -> byEmail.put(p.email().toLowerCase(Locale.ROOT), p));
    }

    /** The verdict on a file imported by an administrator. */
    public static Outcome check(CsvReader.Table table, Snapshot existing) {
        return check(table, existing, true);
    }

    /**
     * The verdict on a file; unless the caller is an administrator, rows that grant or remove ADMIN or HR, or
     * change or deactivate an administrator, are refused ({@link PrivilegedRoles}).
     */
    public static Outcome check(CsvReader.Table table, Snapshot existing, boolean callerIsAdmin) {
        return new ImportRules(existing, callerIsAdmin).run(table);
    }

    private Outcome run(CsvReader.Table table) {
        if (!table.columns().contains("kind") || !table.columns().contains("external_id")) {
            problems.add(new Problem(1, "The header must name at least the columns kind and external_id. "
                    + "Expected columns: " + String.join(",", COLUMNS) + "."));
            return outcome();
        }
        List<String> unknown = table.columns().stream().filter(c -> !c.isEmpty() && !COLUMNS.contains(c)).toList();
        if (!unknown.isEmpty()) {
            problems.add(new Problem(1, "Unknown column(s) " + String.join(", ", unknown) + ". Expected columns: "
                    + String.join(",", COLUMNS) + "."));
        }
        if (table.rows().isEmpty()) {
            problems.add(new Problem(1, "The file has a header but no rows."));
        }
        if (table.rows().size() > MAX_ROWS) {
            problems.add(new Problem(1, "The file has " + table.rows().size() + " rows; at most " + MAX_ROWS
                    + " can be imported at once."));
            return outcome();
        }
        for (CsvReader.Row row : table.rows()) {
            String kind = row.get("kind").toLowerCase(Locale.ROOT);
            switch (kind) {
                case "unit" -> readUnit(row);
                case "person" -> readPerson(row);
                case "" -> problem(row, "Kind is missing: use unit or person.");
                default -> problem(row, "Unknown kind '" + row.get("kind") + "': use unit or person.");
            }
        }
        checkReferences();
        checkLoops();
        problems.addAll(PrivilegedRoles.check(people.values(), existing.people(), callerIsAdmin));
        return outcome();
    }

    private void readUnit(CsvReader.Row row) {
        String id = row.get("external_id");
        if (!externalId(row, id)) {
            return;
        }
        String name = required(row, "name", "Name", OrgUnit.MAX_NAME);
        String parent = optional(row, "parent", "Parent", Person.MAX_EXTERNAL_ID);
        String head = optional(row, "head", "Head", Person.MAX_EXTERNAL_ID);
        if (parent != null && parent.equals(id)) {
            problem(row, "Unit " + id + " cannot be its own parent.");
        }
        if (name != null) {
            units.put(id, new UnitRow(row.line(), id, name, parent, head));
        }
    }

    private void readPerson(CsvReader.Row row) {
        String id = row.get("external_id");
        if (!externalId(row, id)) {
            return;
        }
        int before = problems.size();
        String first = required(row, "first_name", "First name", Person.MAX_NAME_PART);
        String last = required(row, "last_name", "Last name", Person.MAX_NAME_PART);
        String email = required(row, "email", "E-mail", Person.MAX_EMAIL);
        String title = optional(row, "job_title", "Job title", Person.MAX_JOB_TITLE);
        String unit = required(row, "unit", "Unit", Person.MAX_EXTERNAL_ID);
        String manager = optional(row, "manager", "Manager", Person.MAX_EXTERNAL_ID);
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
            if (!EMAIL.matcher(email).matches()) {
                problem(row, "E-mail '" + email + "' is not a valid address.");
            } else {
                Integer firstLine = firstLineOfEmail.putIfAbsent(email, row.line());
                if (firstLine != null) {
                    problem(row, "E-mail " + email + " is used twice in this file (first on line " + firstLine + ").");
                } else {
                    String mail = email;
                    Optional<ExistingPerson> owner = Optional.ofNullable(byEmail.get(mail))
                            .filter(p -> !p.externalId().equals(id));
                    owner.ifPresent(p -> problem(row, "E-mail " + mail + " already belongs to " + p.displayName()
                            + " (" + p.externalId() + ")."));
                }
            }
        }
        if (manager != null && manager.equals(id)) {
            problem(row, "Reporting loop: " + id + " cannot be their own manager.");
            manager = null;
        }
        Set<Role> roles = roles(row);
        Boolean active = active(row);
        if (problems.size() == before && active != null && roles != null) {
            people.put(id, new PersonRow(row.line(), id, first, last, email, title, unit, manager, roles, active));
        }
    }

    private boolean externalId(CsvReader.Row row, String id) {
        if (id.isEmpty()) {
            problem(row, "External id is missing.");
            return false;
        }
        if (id.length() > Person.MAX_EXTERNAL_ID) {
            problem(row, "External id is longer than " + Person.MAX_EXTERNAL_ID + " characters (" + id.length() + ").");
            return false;
        }
        Integer first = firstLineOfId.putIfAbsent(id, row.line());
        if (first != null) {
            problem(row, "External id " + id + " appears twice in this file (first on line " + first + ").");
            return false;
        }
        return true;
    }

    private String required(CsvReader.Row row, String column, String label, int max) {
        String v = row.get(column);
        if (v.isEmpty()) {
            problem(row, label + " is missing.");
            return null;
        }
        return length(row, label, v, max);
    }

    private String optional(CsvReader.Row row, String column, String label, int max) {
        String v = row.get(column);
        return v.isEmpty() ? null : length(row, label, v, max);
    }

    private String length(CsvReader.Row row, String label, String v, int max) {
        if (v.length() > max) {
            problem(row, label + " is longer than " + max + " characters (" + v.length() + ").");
            return null;
        }
        return v;
    }

    private Set<Role> roles(CsvReader.Row row) {
        Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
        String text = row.get("roles");
        if (text.isEmpty()) {
            return roles;
        }
        boolean ok = true;
        for (String part : text.split("[;|]")) {
            if (part.isBlank()) {
                continue;
            }
            Optional<Role> role = Role.parse(part);
            if (role.isEmpty()) {
                problem(row, "Unknown role '" + part.trim() + "': use HR, LEADERSHIP, MANAGER, EMPLOYEE or ADMIN.");
                ok = false;
            } else {
                roles.add(role.get());
            }
        }
        return ok ? roles : null;
    }

    private Boolean active(CsvReader.Row row) {
        String v = row.get("active").toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "yes", "true", "y", "1" -> true;
            case "no", "false", "n", "0" -> false;
            default -> {
                problem(row, "Active must be yes or no, not '" + row.get("active") + "'.");
                yield null;
            }
        };
    }

    private void checkReferences() {
        for (UnitRow u : units.values()) {
            if (u.parent() != null && !unitExists(u.parent())) {
                problems.add(new Problem(u.line(), "Parent unit " + u.parent() + " is unknown: it is neither in this "
                        + "file nor in Ladder."));
            }
            if (u.head() != null && !personExists(u.head())) {
                problems.add(new Problem(u.line(), "Head " + u.head() + " is unknown: no such person in this file "
                        + "or in Ladder."));
            }
        }
        for (PersonRow p : people.values()) {
            if (!unitExists(p.unit())) {
                problems.add(new Problem(p.line(), "Unit " + p.unit() + " is unknown: it is neither in this file "
                        + "nor in Ladder."));
            }
            if (p.manager() != null) {
                if (!personExists(p.manager())) {
                    problems.add(new Problem(p.line(), "Manager " + p.manager() + " is unknown: no such person in "
                            + "this file or in Ladder."));
                } else if (!personActive(p.manager()) && p.active()) {
                    problems.add(new Problem(p.line(), "Manager " + p.manager() + " has left the organisation."));
                }
            }
        }
    }

    private void checkLoops() {
        Map<String, String> managerOf = new HashMap<>();
        existing.people().values().forEach(p -> managerOf.put(p.externalId(), p.manager()));
        people.values().forEach(p -> managerOf.put(p.externalId(), p.manager()));
        for (List<String> loop : ReportingLoops.find(managerOf)) {
            reportLoop(loop, "Reporting loop: ", people);
        }
        Map<String, String> parentOf = new HashMap<>();
        existing.units().values().forEach(u -> parentOf.put(u.externalId(), u.parent()));
        units.values().forEach(u -> parentOf.put(u.externalId(), u.parent()));
        for (List<String> loop : ReportingLoops.find(parentOf)) {
            reportLoop(loop, "Unit loop: ", units);
        }
    }

    private void reportLoop(List<String> loop, String prefix, Map<String, ?> rowsOfFile) {
        if (loop.size() == 1) {
            return; // a self-reference is already reported on its row
        }
        int line = loop.stream().map(id -> lineOf(rowsOfFile.get(id))).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(1);
        problems.add(new Problem(line, prefix + ReportingLoops.describe(loop) + "."));
    }

    private static Integer lineOf(Object row) {
        if (row instanceof UnitRow u) {
            return u.line();
        }
        if (row instanceof PersonRow p) {
            return p.line();
        }
        return null;
    }

    private boolean unitExists(String id) {
        return units.containsKey(id) || existing.units().containsKey(id);
    }

    private boolean personExists(String id) {
        return people.containsKey(id) || existing.people().containsKey(id);
    }

    private boolean personActive(String id) {
        PersonRow row = people.get(id);
        if (row != null) {
            return row.active();
        }
        ExistingPerson p = existing.people().get(id);
        return p != null && p.active();
    }

    private void problem(CsvReader.Row row, String message) {
        problems.add(new Problem(row.line(), message));
    }

    private Outcome outcome() {
        problems.sort(Comparator.comparingInt(Problem::line));
        int unitsCreated = 0;
        int unitsUpdated = 0;
        int peopleCreated = 0;
        int peopleUpdated = 0;
        int unchanged = 0;
        List<UnitRow> changedUnits = new ArrayList<>();
        List<PersonRow> changedPeople = new ArrayList<>();
        for (UnitRow u : units.values()) {
            ExistingUnit e = existing.units().get(u.externalId());
            if (e == null) {
                unitsCreated++;
                changedUnits.add(u);
            } else if (!e.equals(new ExistingUnit(u.externalId(), u.name(), u.parent(), u.head()))) {
                unitsUpdated++;
                changedUnits.add(u);
            } else {
                unchanged++;
            }
        }
        for (PersonRow p : people.values()) {
            ExistingPerson e = existing.people().get(p.externalId());
            if (e == null) {
                peopleCreated++;
                changedPeople.add(p);
            } else if (!sameAs(e, p)) {
                peopleUpdated++;
                changedPeople.add(p);
            } else {
                unchanged++;
            }
        }
        return new Outcome(List.copyOf(problems), changedUnits, changedPeople, unitsCreated, unitsUpdated,
                peopleCreated, peopleUpdated, unchanged);
    }

    private static boolean sameAs(ExistingPerson e, PersonRow p) {
        return e.firstName().equals(p.firstName()) && e.lastName().equals(p.lastName())
                && e.email().equalsIgnoreCase(p.email()) && Objects.equals(e.jobTitle(), p.jobTitle())
                && Objects.equals(e.unit(), p.unit()) && Objects.equals(e.manager(), p.manager())
                && e.roles().equals(p.roles()) && e.active() == p.active();
    }
}
