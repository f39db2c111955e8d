package org.ladder.people.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ladder.base.security.Role;
import org.ladder.people.imports.ImportRules.ExistingPerson;
import org.ladder.people.imports.ImportRules.ExistingUnit;
import org.ladder.people.imports.ImportRules.Outcome;
import org.ladder.people.imports.ImportRules.Problem;
import org.ladder.people.imports.ImportRules.Snapshot;

/** Only an admin grants or removes ADMIN and HR by import; nobody removes the last admin (issue 8, item 1). */
class PrivilegedRolesTest {

    private static final String HEADER = "kind,external_id,name,parent,head,first_name,last_name,email,job_title,"
            + "unit,manager,roles,active\n";

    private static final Snapshot ORG = new Snapshot(Map.of("U1", new ExistingUnit("U1", "Company", null, null)),
            Map.of("HR1", person("HR1", "Hana", "hana@x.example", EnumSet.of(Role.HR, Role.EMPLOYEE), true),
                    "AD1", person("AD1", "Adi", "adi@x.example", EnumSet.of(Role.ADMIN, Role.EMPLOYEE), true),
                    "E1", person("E1", "Eve", "eve@x.example", EnumSet.of(Role.EMPLOYEE), true)));

    private static ExistingPerson person(String id, String first, String email, Set<Role> roles, boolean active) {
        return new ExistingPerson(id, first + " Person", first, "Person", email, null, "U1", null, roles, active);
    }

    private static Outcome byHr(String rows) {
        return ImportRules.check(CsvReader.read((HEADER + rows).getBytes(StandardCharsets.UTF_8)), ORG, false);
    }

    private static Outcome byAdmin(String rows) {
        return ImportRules.check(CsvReader.read((HEADER + rows).getBytes(StandardCharsets.UTF_8)), ORG, true);
    }

    @Test
    void hrCannotMakeThemselvesOrAnyoneAnAdministratorOrHr() {
        Outcome self = byHr("person,HR1,,,,Hana,Person,hana@x.example,,U1,,HR;ADMIN,yes\n");
        assertThat(self.ok()).isFalse();
        assertThat(self.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("Only an administrator can grant the role ADMIN (to Hana Person (HR1)).");
        });

        Outcome newcomer = byHr("person,N1,,,,New,Hire,new@x.example,,U1,,HR,yes\n");
        assertThat(newcomer.problems()).extracting(Problem::message)
                .containsExactly("Only an administrator can grant the role HR (to New Hire (N1)).");
    }

    @Test
    void hrCannotStripRolesFromOrDeactivateAnAdministratorNorRemoveHr() {
        assertThat(byHr("person,AD1,,,,Adi,Person,adi@x.example,,U1,,,yes\n").problems())
                .extracting(Problem::message)
                .containsExactly("Only an administrator can remove the role ADMIN (from Adi Person (AD1)).",
                        PrivilegedRoles.LAST_ADMIN);
        assertThat(byHr("person,AD1,,,,Adi,Person,adi@x.example,,U1,,ADMIN;MANAGER,yes\n").problems())
                .extracting(Problem::message)
                .containsExactly("Only an administrator can change the roles of Adi Person (AD1), who is an administrator.");
        assertThat(byHr("person,AD1,,,,Adi,Person,adi@x.example,,U1,,ADMIN,no\n").problems())
                .extracting(Problem::message)
                .containsExactly("Only an administrator can deactivate Adi Person (AD1), who is an administrator.",
                        PrivilegedRoles.LAST_ADMIN);
        assertThat(byHr("person,HR1,,,,Hana,Person,hana@x.example,,U1,,,yes\n").problems())
                .extracting(Problem::message)
                .containsExactly("Only an administrator can remove the role HR (from Hana Person (HR1)).");
    }

    @Test
    void hrStillImportsOrdinaryChanges() {
        Outcome o = byHr("person,E1,,,,Eve,Person,eve@x.example,Analyst,U1,,MANAGER,yes\n"
                + "person,N2,,,,Neo,Hire,neo@x.example,,U1,,,yes\n"
                + "person,HR1,,,,Hana,Person,hana@x.example,,U1,,HR,no\n");
        assertThat(o.problems()).isEmpty();
        assertThat(o.peopleUpdated()).isEqualTo(2);
        assertThat(o.peopleCreated()).isEqualTo(1);
    }

    @Test
    void anAdministratorMayGrantAndRemoveButNeverTheLastAdministrator() {
        assertThat(byAdmin("person,E1,,,,Eve,Person,eve@x.example,,U1,,ADMIN;HR,yes\n"
                + "person,AD1,,,,Adi,Person,adi@x.example,,U1,,,yes\n").problems()).isEmpty();

        assertThat(byAdmin("person,AD1,,,,Adi,Person,adi@x.example,,U1,,ADMIN,no\n").problems())
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.message()).isEqualTo(PrivilegedRoles.LAST_ADMIN);
                });
        assertThat(byAdmin("person,AD1,,,,Adi,Person,adi@x.example,,U1,,HR,yes\n").problems())
                .extracting(Problem::message).containsExactly(PrivilegedRoles.LAST_ADMIN);
    }
}
