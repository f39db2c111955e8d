package org.ladder.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.support.CharterFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who sees which acknowledgement status: HR everything, a manager only the units they head and those below them
 * (enforced by the service), nobody else; and the authors of a charter version are not asked to acknowledge it.
 */
@LadderIntegrationTest
class AcknowledgementScopeTest {

    @Autowired
    CharterFixtures fixtures;
    @Autowired
    AcknowledgementService acknowledgements;
    @Autowired
    PeopleService people;
    @Autowired
    SignedIn signedIn;

    @Test
    void aManagerSeesOnlyTheUnitsTheyHeadAndBelow() {
        long campaign = fixtures.campaignOf(fixtures.publish("Scoped status " + System.nanoTime()));
        signedIn.as("manager");
        PersonSummary marco = people.findByUsername("manager").orElseThrow();
        long coreServices = marco.unitId();

        List<UnitProgress> mine = acknowledgements.unitProgress(campaign);
        assertThat(mine).extracting(UnitProgress::unitId).containsExactly(coreServices);
        CampaignSummary scoped = acknowledgements.campaign(campaign).orElseThrow();
        assertThat(scoped.total()).isEqualTo(mine.get(0).total()).isLessThan(fixtures.campaignSummary(campaign).total());
        assertThat(acknowledgements.pendingPeople(campaign, null, null, 0, 500))
                .isNotEmpty().allSatisfy(p -> assertThat(p.unitId()).isEqualTo(coreServices));
        String csv = acknowledgements.pendingCsv(campaign, null, null);
        assertThat(csv).startsWith("Name,E-mail,Unit,Manager").contains("Emma Lindqvist").doesNotContain("Hannah Reyes");

        long hrUnit = people.findByUsername("hr").orElseThrow().unitId();
        assertThatThrownBy(() -> acknowledgements.pendingPeople(campaign, hrUnit, null, 0, 50))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acknowledgements.pendingCsv(campaign, hrUnit, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acknowledgements.remindNow(campaign, coreServices))
                .isInstanceOf(AccessDeniedException.class);

        signedIn.as("employee");
        assertThatThrownBy(() -> acknowledgements.campaigns(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acknowledgements.unitProgress(campaign)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aUnitCountsTheUnitsBelowItAndHrSeesTheWholeTree() {
        long campaign = fixtures.campaignOf(fixtures.publish("Tree status " + System.nanoTime()));
        signedIn.as("hr");
        List<UnitProgress> tree = acknowledgements.unitProgress(campaign);
        assertThat(tree.get(0).parentId()).isNull();
        assertThat(tree.stream().filter(u -> u.parentId() == null).mapToInt(UnitProgress::total).sum())
                .isEqualTo(fixtures.campaignSummary(campaign).total());
        for (UnitProgress u : tree) {
            int own = fixtures.requestsInUnit(campaign, u.unitId());
            int children = tree.stream().filter(c -> u.unitId() != null && u.unitId().equals(c.parentId()))
                    .mapToInt(UnitProgress::total).sum();
            assertThat(u.total()).as(u.unitName()).isEqualTo(own + children);
        }
        UnitProgress core = tree.stream().filter(u -> u.unitName().equals("Core Services")).findFirst().orElseThrow();
        assertThat(tree.indexOf(core)).isGreaterThan(tree.indexOf(tree.stream()
                .filter(u -> java.util.Objects.equals(u.unitId(), core.parentId())).findFirst().orElseThrow()));
        assertThat(acknowledgements.countPendingPeople(campaign, null, "emma lindqvist")).isEqualTo(1);
        assertThat(acknowledgements.pendingPeople(campaign, core.parentId(), "EMMA LINDQVIST", 0, 10))
                .extracting(PersonSummary::displayName).containsExactly("Emma Lindqvist");
    }

    @Test
    void theDrafterAndTheApproversAreNotAskedToAcknowledgeTheirVersion() {
        long version = fixtures.publish("Authored by leadership " + System.nanoTime());
        long campaign = fixtures.campaignOf(version);
        List<String> pending = fixtures.pendingUsernames(campaign);
        assertThat(pending).contains("employee", "manager", "hr").doesNotContain(CharterFixtures.DRAFTER);
        assertThat(pending).doesNotContainAnyElementsOf(fixtures.approvers());
        signedIn.as(CharterFixtures.DRAFTER);
        assertThat(acknowledgements.myPending()).noneMatch(p -> p.campaignId() == campaign);
    }
}
