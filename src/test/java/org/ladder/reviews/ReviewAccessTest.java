package org.ladder.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.notifications.NotificationService;
import org.ladder.people.PeopleService;
import org.ladder.reviews.workflow.ReviewProcess;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.ReviewFixtures;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who sees a review, through the services: a peer's name never reaches the person (not in the review, not in the
 * person's tasks or notifications); an unshared review is invisible to its subject; a manager outside the person's
 * chain, and any other colleague, sees nothing; the peer sees only their own request; the calibration grid is the
 * head's and HR's.
 */
@LadderIntegrationTest
class ReviewAccessTest {

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ReviewQueries queries;
    @Autowired
    ReviewPeers peers;
    @Autowired
    ReviewCalibrations calibrations;
    @Autowired
    ReviewForms forms;
    @Autowired
    PeopleService people;
    @Autowired
    NotificationService notifications;
    @Autowired
    org.ladder.tasks.InboxService inbox;
    @Autowired
    SignedIn signedIn;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aPeersNameNeverReachesThePersonAndAnUnsharedReviewIsInvisibleToIt() {
        ReviewFixtures.Team team = fixtures.freshTeam(3);
        String round = fixtures.startRound(team, fixtures.template(true));
        long jon = fixtures.reviewOf(round, team.personId());
        String kim = team.reports().get(1);
        long kimId = team.reportIds().get(1);
        String kimName = name(kimId);

        assertThatThrownBy(() -> fixtures.details(jon, team.person())).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("once your manager shares it");
        fixtures.selfReview(jon, team.person());
        fixtures.namePeers(jon, team.manager(), List.of(kimId, team.reportIds().get(2)));

        signedIn.as(kim);
        PeerRequest request = peers.request(jon);
        assertThat(request.personName()).isEqualTo(name(team.personId()));
        assertThat(request.open()).isTrue();
        assertThatThrownBy(() -> queries.review(jon)).as("a peer reads no review")
                .isInstanceOf(AccessDeniedException.class);
        signedIn.nobody();
        fixtures.givePeerInput(jon, kim, "Great at untangling incidents.");
        fixtures.declinePeerInput(jon, team.reports().get(2));

        ReviewDetails managerView = fixtures.details(jon, team.manager());
        assertThat(managerView.peers()).extracting(ReviewDetails.PeerView::name).contains(kimName);
        assertThat(managerView.peers()).extracting(ReviewDetails.PeerView::input)
                .contains("Great at untangling incidents.");
        assertThat(managerView.step()).isEqualTo(ReviewStep.MANAGER_REVIEW);

        fixtures.managerReview(jon, team.manager(), 4, 4);
        long kimReview = fixtures.reviewOf(round, kimId);
        fixtures.selfReview(kimReview, kim);
        fixtures.namePeers(kimReview, team.manager(), List.of());
        fixtures.managerReview(kimReview, team.manager(), 3, 3);
        long liaReview = fixtures.reviewOf(round, team.reportIds().get(2));
        fixtures.selfReview(liaReview, team.reports().get(2));
        fixtures.namePeers(liaReview, team.manager(), List.of());
        fixtures.managerReview(liaReview, team.manager(), 3, 3);
        fixtures.closeCalibration(round, team.unitId(), "hr");
        fixtures.share(jon, team.manager());

        ReviewDetails personView = fixtures.details(jon, team.person());
        assertThat(personView.peers()).as("no peers for the person").isEmpty();
        assertThat(personView.revisions()).isEmpty();
        assertThat(personView.toString()).doesNotContain(kimName).doesNotContain("untangling");
        signedIn.as(team.person());
        assertThat(notifications.mine(0, 50).toString()).doesNotContain(kimName);
        assertThat(inbox.myTasks(0, 50).toString()).doesNotContain(kimName);
    }

    @Test
    void aManagerOutsideTheChainAndOtherColleaguesSeeNothing() {
        ReviewFixtures.Team team = fixtures.freshTeam(2);
        ReviewFixtures.Team other = fixtures.freshTeam(1);
        String round = fixtures.startRound(team, fixtures.template(false));
        long jon = fixtures.reviewOf(round, team.personId());
        fixtures.selfReview(jon, team.person());
        fixtures.managerReview(jon, team.manager(), 3, 3);

        for (String outsider : List.of(other.manager(), other.person(), team.reports().get(1))) {
            signedIn.as(outsider);
            assertThatThrownBy(() -> queries.review(jon)).as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> queries.goalsOf(jon)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> forms.share(jon, fixtures.version(jon))).isInstanceOf(AccessDeniedException.class);
            assertThat(queries.teamBoard(round, 0, 50)).isEmpty();
            long calibration = fixtures.calibration(round, team.unitId()).orElseThrow().id();
            assertThatThrownBy(() -> calibrations.grid(calibration)).isInstanceOf(AccessDeniedException.class);
        }
        signedIn.as(team.manager());
        assertThat(queries.teamBoard(round, 0, 50)).extracting(ReviewRow::personId).contains(team.personId());
        signedIn.as("hr");
        assertThat(queries.review(jon).performance().value()).isEqualTo(3);
        signedIn.as(team.reports().get(1));
        assertThatThrownBy(() -> forms.submitSelfReview(jon, fixtures.version(jon), ReviewFixtures.answers(), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTaskSubjectNamesThePersonAndNothingOfTheReview() {
        ReviewFixtures.Team team = fixtures.freshTeam(1);
        String round = fixtures.startRound(team, fixtures.template(false));
        Map<String, String> subjects = fixtures.subjects(ReviewProcess.businessKey(round, team.personId()),
                team.managerId());
        assertThat(subjects.values()).singleElement().asString().startsWith(name(team.personId()))
                .contains("Reviews " + round);
    }

    private String name(long personId) {
        return people.placements(List.of(personId)).get(0).displayName();
    }
}
