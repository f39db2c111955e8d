package org.ladder.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.reviews.workflow.ReviewProcess;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.ReviewFixtures;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The basic path through the real services and the real model: HR starts a round for a team without peers; each
 * person writes the self review, the manager the manager review with both ratings, the calibration of the unit is
 * closed by HR, the manager shares, the person acknowledges with a response.
 */
@LadderIntegrationTest
class ReviewBasicPathTest {

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    SignedIn signedIn;
    @Autowired
    ReviewQueries queries;
    @Autowired
    ReviewLaunches launches;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void startSelfManagerCalibrationShareAcknowledge() {
        ReviewFixtures.Team team = fixtures.freshTeam(2);
        long template = fixtures.template(false);
        String round = fixtures.startRound(team, template);
        long jon = fixtures.reviewOf(round, team.personId());
        assertThat(fixtures.openTasks(round, team.personId(), ReviewProcess.TASK_SELF_REVIEW)).hasSize(1);
        assertThat(fixtures.instances(round, team.personId())).isEqualTo(1);

        fixtures.selfReview(jon, team.person());
        assertThat(fixtures.openTasks(round, team.personId(), ReviewProcess.TASK_MANAGER_REVIEW)).hasSize(1);
        assertThatThrownBy(() -> fixtures.details(jon, team.person())).as("unshared: invisible to its subject")
                .isInstanceOf(AccessDeniedException.class);

        fixtures.managerReview(jon, team.manager(), 4, 2);
        assertThat(fixtures.details(jon, team.manager()).step()).isEqualTo(ReviewStep.CALIBRATION);
        assertThat(fixtures.calibration(round, team.unitId()).orElseThrow().isWaiting()).isTrue();

        long kim = fixtures.reviewOf(round, team.reportIds().get(1));
        fixtures.selfReview(kim, team.reports().get(1));
        fixtures.managerReview(kim, team.manager(), 3, 3);
        assertThat(fixtures.calibration(round, team.unitId()).orElseThrow().isOpen()).isTrue();

        fixtures.closeCalibration(round, team.unitId(), "hr");
        assertThat(fixtures.details(jon, team.manager()).step()).isEqualTo(ReviewStep.SHARING);
        fixtures.share(jon, team.manager());

        ReviewDetails seen = fixtures.details(jon, team.person());
        assertThat(seen.performance().value()).isEqualTo(4);
        assertThat(seen.alignment().value()).isEqualTo(2);
        assertThat(seen.actions().acknowledge()).isTrue();
        fixtures.acknowledge(jon, team.person(), "Thanks, fair.");
        assertThat(fixtures.details(jon, team.person()).step()).isEqualTo(ReviewStep.DONE);
        assertThat(fixtures.instance(round, team.personId())).isEmpty();

        signedIn.as("hr");
        RatingDistributions d = launches.distributions(round, null);
        assertThat(d.rated()).isEqualTo(2);
        assertThat(d.highPerformanceLowAlignment()).isEqualTo(1);
        ReviewRoundProgress p = launches.progress(round);
        assertThat(p.total()).isEqualTo(2);
        assertThat(p.atStep()).containsEntry(ReviewStep.DONE, 1).containsEntry(ReviewStep.SHARING, 1);
        assertThat(launches.learnings(round, 10)).hasSize(2);
        assertThat(List.of(1)).isNotEmpty();
    }
}
