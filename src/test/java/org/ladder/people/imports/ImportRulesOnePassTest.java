package org.ladder.people.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ladder.base.security.Role;
import org.ladder.people.imports.ImportRules.Change;
import org.ladder.people.imports.ImportRules.ExistingPerson;
import org.ladder.people.imports.ImportRules.ExistingUnit;
import org.ladder.people.imports.ImportRules.Outcome;
import org.ladder.people.imports.ImportRules.Problem;
import org.ladder.people.imports.ImportRules.Snapshot;

/** Every problem of a file in one pass, with reasons that say what is really wrong; a preview of the changes. */
class ImportRulesOnePassTest {

    private static final String HEADER = "kind,external_id,name,parent,head,first_name,last_name,email,job_title,"
            + "unit,manager,roles,active\n";

    private static Outcome check(String csv, Snapshot existing) {
        return ImportRules.check(CsvReader.read(csv.getBytes(StandardCharsets.UTF_8)), existing);
    }

    @Test
    void aRowWithAProblemOfItsOwnIsStillCheckedForItsUnitAndItsLoops() {
        // before: 2 problems (the bad e-mails); the unknown unit and the loop only after fixing them and uploading again
        Outcome o = check(HEADER
                + "unit,U1,Company,,,,,,,,,,\n"
                + "person,P1,,,,Ann,Bad,not-an-email,,NOPE,,,\n"
                + "person,P2,,,,Bo,Loop,also-bad,,U1,P3,,\n"
                + "person,P3,,,,Cy,Loop,cy@x.example,,U1,P2,,\n", Snapshot.empty());

        assertThat(o.problems()).extracting(Problem::line, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "E-mail 'not-an-email' is not a valid address."),
                org.assertj.core.groups.Tuple.tuple(3, "Unit NOPE is unknown: it is neither in this file nor in Ladder."),
                org.assertj.core.groups.Tuple.tuple(4, "E-mail 'also-bad' is not a valid address."),
                org.assertj.core.groups.Tuple.tuple(4, "Reporting loop: P2 → P3 → P2."),
                org.assertj.core.groups.Tuple.tuple(5, "Manager P2 is in the file but its own row is invalid (line 4)."));
    }

    @Test
    void aManagerWhoseOwnRowIsInvalidIsNamedAsSuchNotAsUnknown() {
        Outcome o = check(HEADER
                + "unit,U1,Company,,UX-P-2,,,,,,,,\n"
                + "person,UX-P-1,,,,Ann,Ok,ann@x.example,,U1,UX-P-2,,\n"
                + "person,UX-P-3,,,,Cy,Ok,cy@x.example,,U1,,,\n"
                + "person,UX-P-2,,,,,Nameless,bo@x.example,,U1,,,\n", Snapshot.empty());

        assertThat(o.problems()).extracting(Problem::message).containsExactly(
                "Head UX-P-2 is in the file but its own row is invalid (line 5).",
                "Manager UX-P-2 is in the file but its own row is invalid (line 5).",
                "First name is missing.");
        assertThat(o.problems()).extracting(Problem::message).noneMatch(m -> m.contains("unknown"));
    }

    @Test
    void theOutcomeListsWhatChangesPerUnitAndPerson() {
        Snapshot existing = new Snapshot(
                Map.of("U1", new ExistingUnit("U1", "Company", null, null)),
                Map.of("P1", new ExistingPerson("P1", "Ann Old", "Ann", "Old", "ann@x.example", "Rep", "U1", null,
                        EnumSet.of(Role.EMPLOYEE), true),
                        "P2", new ExistingPerson("P2", "Bo Gone", "Bo", "Gone", "bo@x.example", "Rep", "U1", null,
                                EnumSet.of(Role.EMPLOYEE), true),
                        "P3", new ExistingPerson("P3", "Cy Same", "Cy", "Same", "cy@x.example", "Rep", "U1", null,
                                EnumSet.of(Role.EMPLOYEE), true)));
        Outcome o = check(HEADER
                + "unit,U1,Company Ltd,,,,,,,,,,\n"
                + "unit,U2,Sales,U1,,,,,,,,,\n"
                + "person,P1,,,,Ann,New,ann@x.example,Lead,U2,,,yes\n"
                + "person,P2,,,,Bo,Gone,bo@x.example,Rep,U1,,,no\n"
                + "person,P3,,,,Cy,Same,cy@x.example,Rep,U1,,,\n"
                + "person,P4,,,,Di,Fresh,di@x.example,Rep,U2,P1,,\n", existing);

        assertThat(o.problems()).isEmpty();
        assertThat(o.changes()).extracting(Change::line, Change::kind, Change::externalId, Change::action)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, Change.Kind.UNIT, "U1", Change.Action.CHANGED),
                        org.assertj.core.groups.Tuple.tuple(3, Change.Kind.UNIT, "U2", Change.Action.NEW),
                        org.assertj.core.groups.Tuple.tuple(4, Change.Kind.PERSON, "P1", Change.Action.CHANGED),
                        org.assertj.core.groups.Tuple.tuple(5, Change.Kind.PERSON, "P2", Change.Action.DEACTIVATED),
                        org.assertj.core.groups.Tuple.tuple(7, Change.Kind.PERSON, "P4", Change.Action.NEW));
        assertThat(o.changes().get(0).details()).containsExactly("name: Company → Company Ltd");
        assertThat(o.changes().get(2).details()).containsExactly("name: Ann Old → Ann New", "job title: Rep → Lead",
                "unit: U1 → U2");
        assertThat(o.unchanged()).isEqualTo(1);
    }
}
