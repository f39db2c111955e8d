package org.ladder.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.ValidationException;
import org.ladder.base.security.Role;
import org.ladder.people.domain.PersonRepository;
import org.ladder.support.CsvFiles;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ADMIN and HR are an administrator's to grant and remove, by import and by hand, and the last administrator
 * stays (issue 8, security item 1).
 */
@LadderIntegrationTest
class PrivilegedRolesServiceTest {

    @Autowired
    OrgImportService imports;
    @Autowired
    AccountService accounts;
    @Autowired
    PersonRepository people;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    private long id(String username) {
        return people.findByUsername(username).orElseThrow().getId();
    }

    @Test
    void anHrImportThatMakesHrAnAdministratorIsRefusedWithTheRowsReason() {
        signedIn.as("hr");
        var hr = people.findByUsername("hr").orElseThrow();
        byte[] csv = tx.execute(s -> {
            var p = people.findById(hr.getId()).orElseThrow();
            return (CsvFiles.HEADER + "person," + p.getExternalId() + ",,,,Hannah,Reyes," + p.getEmail()
                    + ",HR Business Partner," + p.getUnit().getExternalId() + "," + p.getManager().getExternalId()
                    + ",HR;ADMIN,yes\n").getBytes(StandardCharsets.UTF_8);
        });

        assertThat(imports.preview(csv).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).startsWith("Only an administrator can grant the role ADMIN");
        });
        assertThatThrownBy(() -> imports.apply(csv)).isInstanceOf(ImportRejectedException.class);
        assertThat(people.findById(hr.getId()).orElseThrow().getRoles()).doesNotContain(Role.ADMIN);
    }

    @Test
    void byHandHrChangesOrdinaryRolesButNotPrivilegedOnes() {
        String run = CsvFiles.runId();
        signedIn.as("hr");
        imports.apply(CsvFiles.goodFile(run));
        long jon = people.findByExternalId(run + "-P2").orElseThrow().getId();

        accounts.setRoles(jon, EnumSet.of(Role.MANAGER));
        assertThat(people.findById(jon).orElseThrow().getRoles()).contains(Role.MANAGER, Role.EMPLOYEE);
        assertThatThrownBy(() -> accounts.setRoles(jon, EnumSet.of(Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageStartingWith("Only an administrator can grant the role ADMIN");
        assertThatThrownBy(() -> accounts.setRoles(id("hr"), EnumSet.of(Role.HR, Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.setActive(id("admin"), false))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("who is an administrator");

        signedIn.as("admin");
        accounts.setRoles(jon, EnumSet.of(Role.HR));
        assertThat(people.findById(jon).orElseThrow().getRoles()).contains(Role.HR);
        accounts.setRoles(jon, EnumSet.noneOf(Role.class));
        assertThat(people.findById(jon).orElseThrow().getRoles()).containsExactly(Role.EMPLOYEE);
    }

    @Test
    void nobodyDeactivatesOrDemotesTheLastAdministrator() {
        signedIn.as("admin");
        long admin = id("admin");
        assertThat(people.countActiveWithRole(Role.ADMIN)).isEqualTo(1);
        assertThatThrownBy(() -> accounts.setActive(admin, false))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at least one active administrator");
        assertThatThrownBy(() -> accounts.setRoles(admin, EnumSet.of(Role.HR)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at least one active administrator");
        assertThat(people.findById(admin).orElseThrow().isActive()).isTrue();
        assertThat(people.findById(admin).orElseThrow().getRoles()).contains(Role.ADMIN);
    }
}
