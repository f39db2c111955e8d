package org.ladder.people.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ladder.base.security.Role;
import org.ladder.people.imports.ImportRules.ExistingPerson;
import org.ladder.people.imports.ImportRules.ExistingUnit;
import org.ladder.people.imports.ImportRules.Outcome;
import org.ladder.people.imports.ImportRules.Problem;
import org.ladder.people.imports.ImportRules.Snapshot;

class ImportRulesTest {

    private static final String HEADER = "kind,external_id,name,parent,head,first_name,last_name,email,job_title,"
            + "unit,manager,roles,active\n";
    private static final String GOOD = HEADER
            + "unit,U1,Company,,P1,,,,,,,,\n"
            + "unit,U2,Sales,U1,P2,,,,,,,,\n"
            + "person,P1,,,,Ada,Boss,ada@x.example,CEO,U1,,LEADERSHIP;MANAGER,yes\n"
            + "person,P2,,,,Bo,Seller,bo@x.example,Sales lead,U2,P1,manager,\n"
            + "person,P3,,,,Cy,Rep,cy@x.example,Rep,U2,P2,,\n";

    private static Outcome check(String csv, Snapshot existing) {
        return ImportRules.check(CsvReader.read(csv.getBytes(StandardCharsets.UTF_8)), existing);
    }

    private static Outcome check(String csv) {
        return check(csv, Snapshot.empty());
    }

    @Test
    void aGoodFileCreatesEverythingAndGivesEveryoneTheEmployeeRole() {
        Outcome o = check(GOOD);
        assertThat(o.problems()).isEmpty();
        assertThat(o.unitsCreated()).isEqualTo(2);
        assertThat(o.peopleCreated()).isEqualTo(3);
        assertThat(o.people().get(0).roles()).containsExactlyInAnyOrder(Role.LEADERSHIP, Role.MANAGER, Role.EMPLOYEE);
        assertThat(o.people().get(2).roles()).containsExactly(Role.EMPLOYEE);
        assertThat(o.people().get(1).email()).isEqualTo("bo@x.example");
    }

    @Test
    void theSameDataAgainChangesNothing() {
        Snapshot existing = new Snapshot(
                Map.of("U1", new ExistingUnit("U1", "Company", null, "P1"),
                        "U2", new ExistingUnit("U2", "Sales", "U1", "P2")),
                Map.of("P1", person("P1", "Ada", "Boss", "ada@x.example", "CEO", "U1", null,
                        EnumSet.of(Role.LEADERSHIP, Role.MANAGER, Role.EMPLOYEE)),
                        "P2", person("P2", "Bo", "Seller", "bo@x.example", "Sales lead", "U2", "P1",
                                EnumSet.of(Role.MANAGER, Role.EMPLOYEE)),
                        "P3", person("P3", "Cy", "Rep", "cy@x.example", "Rep", "U2", "P2", EnumSet.of(Role.EMPLOYEE))));
        Outcome o = check(GOOD, existing);
        assertThat(o.problems()).isEmpty();
        assertThat(o.unchanged()).isEqualTo(5);
        assertThat(o.units()).isEmpty();
        assertThat(o.people()).isEmpty();
    }

    @Test
    void aChangedJobTitleIsOneUpdate() {
        Snapshot existing = new Snapshot(Map.of("U1", new ExistingUnit("U1", "Company", null, null)),
                Map.of("P1", person("P1", "Ada", "Boss", "ada@x.example", "Chair", "U1", null, EnumSet.of(Role.EMPLOYEE))));
        Outcome o = check(HEADER + "person,P1,,,,Ada,Boss,ada@x.example,CEO,U1,,,\n", existing);
        assertThat(o.peopleUpdated()).isEqualTo(1);
        assertThat(o.peopleCreated()).isZero();
    }

    @Test
    void missingFieldsAreReportedPerRow() {
        Outcome o = check(HEADER + "unit,U1,,,,,,,,,,,\n" + "person,P1,,,,,Boss,,,U1,,,\n" + ",P9,,,,,,,,,,,\n"
                + "person,,,,,A,B,a@b.example,,U1,,,\n");
        assertThat(o.problems()).extracting(Problem::line, Problem::message).contains(
                org.assertj.core.groups.Tuple.tuple(2, "Name is missing."),
                org.assertj.core.groups.Tuple.tuple(3, "First name is missing."),
                org.assertj.core.groups.Tuple.tuple(3, "E-mail is missing."),
                org.assertj.core.groups.Tuple.tuple(4, "Kind is missing: use unit or person."),
                org.assertj.core.groups.Tuple.tuple(5, "External id is missing."));
    }

    @Test
    void badAndDuplicateEmails() {
        Outcome o = check(HEADER + "unit,U1,Co,,,,,,,,,,\n"
                + "person,P1,,,,A,A,not-an-email,,U1,,,\n"
                + "person,P2,,,,B,B,b@x.example,,U1,,,\n"
                + "person,P3,,,,C,C,B@X.example,,U1,,,\n");
        assertThat(o.problems()).extracting(Problem::line).containsExactly(3, 5);
        assertThat(o.problems().get(0).message()).contains("not a valid address");
        assertThat(o.problems().get(1).message()).contains("used twice").contains("line 4");
    }

    @Test
    void anEmailOfSomeoneElseInLadderIsADuplicate() {
        Snapshot existing = new Snapshot(Map.of("U1", new ExistingUnit("U1", "Co", null, null)),
                Map.of("P7", person("P7", "Old", "Timer", "taken@x.example", null, "U1", null, EnumSet.of(Role.EMPLOYEE))));
        Outcome o = check(HEADER + "person,P1,,,,New,Person,taken@x.example,,U1,,,\n", existing);
        assertThat(o.problems()).singleElement().extracting(Problem::message).asString()
                .contains("already belongs to Old Timer (P7)");
    }

    @Test
    void unknownUnitManagerParentHeadAndRole() {
        Outcome o = check(HEADER + "unit,U1,Co,U404,P404,,,,,,,,\n"
                + "person,P1,,,,A,A,a@x.example,,U9,P9,,\n"
                + "person,P2,,,,B,B,b@x.example,,U1,,BOSS,\n");
        assertThat(o.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("Parent unit U404"))
                .anySatisfy(m -> assertThat(m).contains("Head P404"))
                .anySatisfy(m -> assertThat(m).contains("Unit U9 is unknown"))
                .anySatisfy(m -> assertThat(m).contains("Manager P9 is unknown"))
                .anySatisfy(m -> assertThat(m).contains("Unknown role 'BOSS'"));
    }

    @Test
    void reportingLoopInTheFileIsReportedOnceWithItsPath() {
        Outcome o = check(HEADER + "unit,U1,Co,,,,,,,,,,\n"
                + "person,A,,,,A,A,a@x.example,,U1,B,,\n"
                + "person,B,,,,B,B,b@x.example,,U1,A,,\n");
        assertThat(o.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("Reporting loop: A → B → A.");
        });
    }

    @Test
    void aLoopThroughSomeoneAlreadyInLadderIsFound() {
        Snapshot existing = new Snapshot(Map.of("U1", new ExistingUnit("U1", "Co", null, null)),
                Map.of("X", person("X", "X", "X", "x@x.example", null, "U1", "Y", EnumSet.of(Role.EMPLOYEE)),
                        "Y", person("Y", "Y", "Y", "y@x.example", null, "U1", null, EnumSet.of(Role.EMPLOYEE))));
        // Y now reports to X, who already reports to Y
        Outcome o = check(HEADER + "person,Y,,,,Y,Y,y@x.example,,U1,X,,\n", existing);
        assertThat(o.problems()).singleElement().extracting(Problem::message).asString().contains("X → Y → X");
    }

    @Test
    void selfManagementAndUnitLoops() {
        Outcome o = check(HEADER + "unit,U1,Co,U2,,,,,,,,,\n" + "unit,U2,Sub,U1,,,,,,,,,\n"
                + "unit,U3,Self,U3,,,,,,,,,\n" + "person,P1,,,,A,A,a@x.example,,U3,P1,,\n");
        assertThat(o.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).isEqualTo("Unit loop: U1 → U2 → U1."))
                .anySatisfy(m -> assertThat(m).contains("U3 cannot be its own parent"))
                .anySatisfy(m -> assertThat(m).contains("P1 cannot be their own manager"));
    }

    @Test
    void oversizeFieldsAndDuplicateIds() {
        String longName = "x".repeat(101);
        Outcome o = check(HEADER + "unit,U1,Co,,,,,,,,,,\n"
                + "person,P1,,,," + longName + ",B,a@x.example,,U1,,,\n"
                + "person,P1,,,,A,B,c@x.example,,U1,,,\n"
                + "unit," + "U".repeat(65) + ",Co,,,,,,,,,,\n");
        assertThat(o.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).isEqualTo("First name is longer than 100 characters (101)."))
                .anySatisfy(m -> assertThat(m).contains("External id P1 appears twice in this file (first on line 3)"))
                .anySatisfy(m -> assertThat(m).contains("External id is longer than 64"));
    }

    @Test
    void aManagerWhoLeftCannotTakeReports() {
        Outcome o = check(HEADER + "unit,U1,Co,,,,,,,,,,\n"
                + "person,P1,,,,A,A,a@x.example,,U1,,,no\n"
                + "person,P2,,,,B,B,b@x.example,,U1,P1,,yes\n"
                + "person,P3,,,,C,C,c@x.example,,U1,,,maybe\n");
        assertThat(o.problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("Manager P1 has left"))
                .anySatisfy(m -> assertThat(m).contains("Active must be yes or no"));
    }

    @Test
    void headerWithoutKindAndUnknownColumns() {
        assertThat(check("name,email\nA,a@x.example\n").problems()).singleElement()
                .extracting(Problem::message).asString().contains("kind and external_id");
        assertThat(check("kind,external_id,colour\n").problems()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("Unknown column colour"))
                .anySatisfy(m -> assertThat(m).contains("no rows"));
    }

    private static ExistingPerson person(String id, String first, String last, String email, String title,
            String unit, String manager, EnumSet<Role> roles) {
        return new ExistingPerson(id, first + " " + last, first, last, email, title, unit, manager, roles, true);
    }
}
