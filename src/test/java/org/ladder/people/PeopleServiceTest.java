package org.ladder.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.security.Role;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The demo organisation and the people read API, on the real database. */
@LadderIntegrationTest
class PeopleServiceTest {

    @Autowired
    PeopleService people;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void theDemoOrganisationHasFourLevelsAndTheDemoReportingLines() {
        signedIn.as("employee");
        OrgUnitNode company = people.childUnits(null, 0, 10).stream()
                .filter(u -> u.name().equals("Brightwater Ltd")).findFirst().orElseThrow();
        assertThat(company.headName()).isEqualTo("Catherine Okafor");
        OrgUnitNode division = people.childUnits(company.id(), 0, 50).get(0);
        OrgUnitNode department = people.childUnits(division.id(), 0, 50).get(0);
        OrgUnitNode team = people.childUnits(department.id(), 0, 50).get(0);
        assertThat(team.members()).isPositive();
        assertThat(people.countDirectory("", false)).isGreaterThanOrEqualTo(120);

        MyOrganisation mine = people.myOrganisation();
        assertThat(mine.me().displayName()).isEqualTo("Emma Lindqvist");
        assertThat(mine.manager()).map(PersonSummary::displayName).contains("Marco Rossi");
        assertThat(mine.unit()).map(OrgUnitNode::name).contains("Core Services");

        signedIn.as("manager");
        assertThat(people.myOrganisation().directReports()).hasSizeGreaterThanOrEqualTo(5)
                .extracting(PersonSummary::displayName).contains("Emma Lindqvist");
    }

    @Test
    void directorySearchesNameEmailAndTitleAndPages() {
        signedIn.as("employee");
        assertThat(people.directory("lindqvist", false, 0, 10)).extracting(PersonSummary::displayName)
                .contains("Emma Lindqvist");
        assertThat(people.directory("HR BUSINESS", false, 0, 10)).extracting(PersonSummary::displayName)
                .containsExactly("Hannah Reyes");
        assertThat(people.directory("%", false, 0, 10)).hasSize(10); // wildcards are not special
        long total = people.countDirectory("", false);
        assertThat(people.directory("", false, total - 3, 50)).hasSize(3);
    }

    @Test
    void rolesAreVisibleToHrAdminsAndThePersonOnly() {
        signedIn.as("hr");
        long employeeId = people.findByUsername("employee").orElseThrow().id();
        long ceoId = people.findByUsername("ceo").orElseThrow().id();
        assertThat(people.person(ceoId).orElseThrow().roles()).contains(Role.LEADERSHIP);

        signedIn.as("employee");
        assertThat(people.person(employeeId).orElseThrow().rolesVisible()).isTrue();
        PersonDetails ceo = people.person(ceoId).orElseThrow();
        assertThat(ceo.rolesVisible()).isFalse();
        assertThat(ceo.roles()).isEmpty();
        assertThat(ceo.directReports()).isEqualTo(4);
    }

    @Test
    void otherModulesGetTheUsernamesOfATeamAndThePeopleHoldingARole() {
        signedIn.as("manager");
        long managerId = people.findByUsername("manager").orElseThrow().id();
        assertThat(people.directReportUsernames(managerId)).contains("employee").doesNotContain("manager", "hr");
        assertThat(people.directReportUsernames(people.findByUsername("employee").orElseThrow().id())).isEmpty();

        signedIn.nobody(); // engine listeners ask without a signed-in person
        assertThat(people.activePersonIdsWithRole(Role.HR))
                .contains(people.findByUsername("hr").orElseThrow().id())
                .doesNotContain(people.findByUsername("employee").orElseThrow().id());
        assertThatThrownBy(() -> people.directReportUsernames(managerId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInReadsNothing() {
        assertThatThrownBy(() -> people.countDirectory("", false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.childUnits(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }
}
