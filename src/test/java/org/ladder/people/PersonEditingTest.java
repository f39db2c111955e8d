package org.ladder.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.security.Role;
import org.ladder.notifications.FreshPeople;
import org.ladder.people.domain.PersonRepository;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** HR and admins edit people; only admins touch ADMIN and HR; the last admin stays; conflicts lose nothing. */
@LadderIntegrationTest
class PersonEditingTest {

    @Autowired
    PersonEditing editing;
    @Autowired
    FreshPeople freshPeople;
    @Autowired
    SignedIn signedIn;
    @Autowired
    PersonRepository repository;
    @Autowired
    PeopleService people;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    private static PersonEdit withRoles(PersonEdit e, Set<Role> roles) {
        return new PersonEdit(e.personId(), e.version(), e.externalId(), e.firstName(), e.lastName(), e.email(),
                e.jobTitle(), e.unitId(), e.managerId(), roles, e.active());
    }

    @Test
    void hrMayGrantManagerButNotAdminOrHr() {
        FreshPeople.Fresh kim = freshPeople.team().kim();
        signedIn.as("hr");
        PersonEdit kimNow = editing.load(kim.id());

        assertThatThrownBy(() -> editing.update(withRoles(kimNow, EnumSet.of(Role.ADMIN))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("roles", "Only administrators may grant or remove Administrator."));
        assertThat(repository.findById(kim.id()).orElseThrow().getRoles()).doesNotContain(Role.ADMIN);

        PersonEdit saved = editing.update(withRoles(kimNow, EnumSet.of(Role.MANAGER)));
        assertThat(saved.roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.EMPLOYEE);
    }

    @Test
    void anAdminMayGrantHrAndAStaleEditIsRefused() {
        FreshPeople.Fresh jon = freshPeople.team().jon();
        signedIn.as("admin");
        PersonEdit first = editing.load(jon.id());
        editing.update(withRoles(first, EnumSet.of(Role.HR)));
        assertThat(editing.load(jon.id()).roles()).contains(Role.HR);

        assertThatThrownBy(() -> editing.update(withRoles(first, EnumSet.noneOf(Role.class))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(editing.load(jon.id()).roles()).contains(Role.HR);
    }

    @Test
    void theLastAdminKeepsTheRoleAndStaysActive() {
        signedIn.as("admin");
        assertThat(repository.countActiveWithRole(Role.ADMIN)).isEqualTo(1); // the demo's only admin
        PersonEdit admin = editing.load(people.findByUsername("admin").orElseThrow().id());

        assertThatThrownBy(() -> editing.update(withRoles(admin, EnumSet.noneOf(Role.class))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get("roles"))
                        .contains("is the last active administrator"));
        PersonEdit leaving = new PersonEdit(admin.personId(), admin.version(), admin.externalId(), admin.firstName(),
                admin.lastName(), admin.email(), admin.jobTitle(), admin.unitId(), admin.managerId(), admin.roles(),
                false);
        assertThatThrownBy(() -> editing.update(leaving)).isInstanceOf(ValidationException.class);
        assertThat(repository.findById(admin.personId()).orElseThrow().isActive()).isTrue();
    }

    /** The form enforces the same admin rules as the account calls: HR neither deactivates an admin nor edits their roles. */
    @Test
    void hrMayNotDeactivateAnAdminNorChangeTheirRolesByTheForm() {
        FreshPeople.Fresh jon = freshPeople.team().jon();
        signedIn.as("admin");
        editing.setRoles(jon.id(), EnumSet.of(Role.ADMIN));
        try {
            signedIn.as("hr");
            PersonEdit jonNow = editing.load(jon.id());
            PersonEdit leaving = new PersonEdit(jonNow.personId(), jonNow.version(), jonNow.externalId(),
                    jonNow.firstName(), jonNow.lastName(), jonNow.email(), jonNow.jobTitle(), jonNow.unitId(),
                    jonNow.managerId(), jonNow.roles(), false);
            assertThatThrownBy(() -> editing.update(leaving))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get("active"))
                            .startsWith("Only an administrator can deactivate"));
            Set<Role> plusManager = EnumSet.copyOf(jonNow.roles());
            plusManager.add(Role.MANAGER);
            assertThatThrownBy(() -> editing.update(withRoles(jonNow, plusManager)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get("roles"))
                            .startsWith("Only an administrator can change the roles of"));
            assertThat(repository.findById(jon.id()).orElseThrow().isActive()).isTrue();
        } finally {
            signedIn.as("admin");
            editing.setRoles(jon.id(), EnumSet.noneOf(Role.class));
        }
        assertThat(repository.findById(jon.id()).orElseThrow().getRoles()).containsExactly(Role.EMPLOYEE);
    }

    @Test
    void badInputSavesNothingAndNamesTheField() {
        FreshPeople.Team team = freshPeople.team();
        signedIn.as("hr");
        PersonEdit lead = editing.load(team.lead().id());
        PersonEdit loop = new PersonEdit(lead.personId(), lead.version(), lead.externalId(), "", lead.lastName(),
                "not-an-email", lead.jobTitle(), lead.unitId(), team.jon().id(), lead.roles(), true);

        assertThatThrownBy(() -> editing.update(loop)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.fieldErrors()).containsKeys("firstName", "email", "manager"));
        assertThat(repository.findById(lead.personId()).orElseThrow().getFirstName()).isEqualTo("Ines");
    }

    @Test
    void employeesMayNotEdit() {
        FreshPeople.Fresh kim = freshPeople.team().kim();
        signedIn.as("employee");
        assertThatThrownBy(() -> editing.load(kim.id())).isInstanceOf(AccessDeniedException.class);
    }
}
