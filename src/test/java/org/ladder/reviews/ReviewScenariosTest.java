package org.ladder.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.audit.AuditLog;
import org.ladder.notifications.NotificationService;
import org.ladder.reviews.domain.Calibration;
import org.ladder.reviews.domain.ReviewRoundRepository;
import org.ladder.reviews.workflow.ReviewProcess;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.ReviewFixtures;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reviews through the real services and models: a unit too small for calibration, a leaver mid-review (their review
 * ends, their group settles without them, their input requests lapse), late steps escalated with their timers fired,
 * two people completing the same step at once, a calibration changing a rating, cancelling a round, adding a joiner,
 * and HR's overview.
 */
@LadderIntegrationTest
class ReviewScenariosTest {

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    ReviewForms forms;
    @Autowired
    ReviewCalibrations calibrations;
    @Autowired
    ReviewPeers peers;
    @Autowired
    ReviewLaunches launches;
    @Autowired
    ReviewOverview overview;
    @Autowired
    ReviewRoundRepository rounds;
    @Autowired
    NotificationService notifications;
    @Autowired
    TaskService tasks;
    @Autowired
    AuditLog audit;
    @Autowired
    SignedIn signedIn;
    @Autowired
    org.ladder.tasks.AcknowledgementService acknowledgements;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void aUnitWithFewerThanTwoPeopleSkipsCalibration() {
        ReviewFixtures.Team team = fixtures.freshTeam(1);
        String round = fixtures.startRound(team, fixtures.template(false));
        long jon = fixtures.reviewOf(round, team.personId());
        fixtures.selfReview(jon, team.person());
        fixtures.managerReview(jon, team.manager(), 3, 4);
        ReviewDetails d = fixtures.details(jon, team.manager());
        assertThat(d.step()).isEqualTo(ReviewStep.SHARING);
        assertThat(d.calibrated()).isFalse();
        assertThat(fixtures.calibration(round, team.unitId()).orElseThrow().status())
                .isEqualTo(Calibration.Status.SKIPPED);
        assertThat(fixtures.openTasks(round, team.personId(), ReviewProcess.TASK_SHARE_REVIEW)).hasSize(1);
    }

    @Test
    void aLeaverMidReviewEndsTheirReviewAndTheirGroupGoesOnWithoutThem() {
        ReviewFixtures.Team team = fixtures.freshTeam(3);
        String round = fixtures.startRound(team, fixtures.template(true));
        long jon = fixtures.reviewOf(round, team.personId());
        long kim = fixtures.reviewOf(round, team.reportIds().get(1));
        long lia = fixtures.reviewOf(round, team.reportIds().get(2));
        fixtures.selfReview(jon, team.person());
        fixtures.namePeers(jon, team.manager(), List.of(team.reportIds().get(2)));
        fixtures.selfReview(kim, team.reports().get(1));
        fixtures.namePeers(kim, team.manager(), List.of());
        fixtures.managerReview(kim, team.manager(), 3, 3);
        assertThat(fixtures.details(kim, team.manager()).step()).isEqualTo(ReviewStep.CALIBRATION);

        fixtures.leave(team.reportIds().get(2)); // Lia: reviewed, and asked for input on Jon's review
        assertThat(fixtures.details(lia, "hr").step()).isEqualTo(ReviewStep.ENDED);
        assertThat(fixtures.instance(round, team.reportIds().get(2))).as("her tasks and timers ended").isEmpty();
        ReviewDetails jonNow = fixtures.details(jon, team.manager());
        assertThat(jonNow.peers()).extracting(ReviewDetails.PeerView::status).containsExactly("LAPSED");
        assertThat(jonNow.step()).as("no input left open: on to the manager review")
                .isEqualTo(ReviewStep.MANAGER_REVIEW);
        assertThat(fixtures.openTasks(round, team.personId(), ReviewProcess.TASK_MANAGER_REVIEW)).hasSize(1);

        fixtures.managerReview(jon, team.manager(), 4, 2);
        assertThat(fixtures.calibration(round, team.unitId()).orElseThrow().isOpen())
                .as("Jon and Kim remain: 2 people").isTrue();

        fixtures.leave(team.reportIds().get(1)); // Kim leaves during the calibration
        assertThat(fixtures.details(kim, "hr").step()).isEqualTo(ReviewStep.ENDED);
        fixtures.closeCalibration(round, team.unitId(), "hr");
        assertThat(fixtures.details(jon, team.manager()).step()).isEqualTo(ReviewStep.SHARING);
    }

    @Test
    void aLeaverWhoseGroupDropsBelowTwoReleasesTheOneWaiting() {
        ReviewFixtures.Team team = fixtures.freshTeam(2);
        String round = fixtures.startRound(team, fixtures.template(false));
        long jon = fixtures.reviewOf(round, team.personId());
        fixtures.selfReview(jon, team.person());
        fixtures.managerReview(jon, team.manager(), 4, 4);
        assertThat(fixtures.details(jon, team.manager()).step()).isEqualTo(ReviewStep.CALIBRATION);
        fixtures.leave(team.reportIds().get(1));
        assertThat(fixtures.calibration(round, team.unitId()).orElseThrow().status())
                .isEqualTo(Calibration.Status.SKIPPED);
        assertThat(fixtures.details(jon, team.manager()).step()).isEqualTo(ReviewStep.SHARING);
        assertThat(fixtures.openTasks(round, team.personId(), ReviewProcess.TASK_SHARE_REVIEW)).hasSize(1);
    }

    @Test
    void lateStepsGoToTheManagerAboveThenToHrWhoMayThenAct() {
        ReviewFixtures.Team team = fixtures.freshTeam(1);
        String round = fixtures.startRound(team, fixtures.template(false));
        long jon = fixtures.reviewOf(round, team.personId());
        signedIn.as(team.manager());
        assertThatThrownBy(() -> forms.skipSelfReview(jon, fixtures.version(jon)))
                .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("late and escalated");
        signedIn.nobody();

        fixtures.fireTimer(round, team.personId(), ReviewProcess.TIMER_REMIND_SELF_REVIEW);
        fixtures.fireTimer(round, team.personId(), ReviewProcess.TIMER_ESCALATE_SELF_REVIEW);
        String selfTask = fixtures.openTasks(round, team.personId(), ReviewProcess.TASK_SELF_REVIEW).get(0).getId();
        assertThat(tasks.getIdentityLinksForTask(selfTask)).extracting(IdentityLink::getUserId)
                .contains(team.manager(), team.person());
        signedIn.as(team.manager());
        forms.skipSelfReview(jon, fixtures.version(jon));
        signedIn.nobody();
        assertThat(fixtures.details(jon, team.manager()).selfSkipped()).isTrue();

        // the manager (head of the team) has no manager above: the late manager review goes to HR
        fixtures.fireTimer(round, team.personId(), ReviewProcess.TIMER_ESCALATE_MANAGER_REVIEW);
        String managerTask = fixtures.openTasks(round, team.personId(), ReviewProcess.TASK_MANAGER_REVIEW).get(0)
                .getId();
        assertThat(tasks.getIdentityLinksForTask(managerTask)).extracting(IdentityLink::getGroupId).contains("HR");
        fixtures.managerReview(jon, "hr", 3, 3);
        assertThat(fixtures.details(jon, "hr").step()).isEqualTo(ReviewStep.SHARING);
        assertThat(audit.history("task", managerTask, 10)).extracting(e -> e.getAction()).contains("task.escalated");
    }

    @Test
    void twoPeopleSubmittingTheSameStepAtOnceGiveOneResultAndAClearMessage() throws Exception {
        ReviewFixtures.Team team = fixtures.freshTeam(1);
        String round = fixtures.startRound(team, fixtures.template(false));
        long jon = fixtures.reviewOf(round, team.personId());
        long version = fixtures.version(jon);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String learnings : List.of("first", "second")) {
                results.add(pool.submit(() -> {
                    signedIn.as(team.person());
                    try {
                        go.await();
                        forms.submitSelfReview(jon, version, ReviewFixtures.answers(), learnings);
                        return "ok";
                    } catch (ConcurrentEditException e) {
                        return "conflict: " + e.getMessage();
                    } finally {
                        signedIn.nobody();
                    }
                }));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsOnlyOnce("ok");
            assertThat(outcomes).anyMatch(o -> o.startsWith("conflict: ") && o.contains("Reload"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(fixtures.openTasks(round, team.personId(), ReviewProcess.TASK_MANAGER_REVIEW)).hasSize(1);
        assertThatThrownBy(() -> fixtures.selfReview(jon, team.person())).isInstanceOf(ReviewRefusedException.class)
                .hasMessage("The self review is already submitted.");
    }

    @Test
    void aCalibrationChangesARatingWithAReasonKeptAsARevisionAndTheManagerIsTold() {
        ReviewFixtures.Team team = fixtures.freshTeam(2);
        String round = fixtures.startRound(team, fixtures.template(false));
        long jon = fixtures.reviewOf(round, team.personId());
        long kim = fixtures.reviewOf(round, team.reportIds().get(1));
        fixtures.selfReview(jon, team.person());
        fixtures.managerReview(jon, team.manager(), 5, 1);
        fixtures.selfReview(kim, team.reports().get(1));
        fixtures.managerReview(kim, team.manager(), 3, 3);
        Calibration c = fixtures.calibration(round, team.unitId()).orElseThrow();
        assertThat(c.isOpen()).isTrue();

        signedIn.as("hr");
        CalibrationGrid grid = calibrations.grid(c.id());
        assertThat(grid.rows()).hasSize(2);
        assertThat(grid.distributions().highPerformanceLowAlignment()).isEqualTo(1);
        assertThatThrownBy(() -> calibrations.revise(jon, fixtures.version(jon), RatingKind.ALIGNMENT, 9, " "))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("rating", "reason"));
        calibrations.revise(jon, fixtures.version(jon), RatingKind.ALIGNMENT, 2, "The migration was a unit goal.");
        assertThatThrownBy(() -> calibrations.revise(jon, 0, RatingKind.ALIGNMENT, 3, "stale"))
                .isInstanceOf(ConcurrentEditException.class);
        long notesVersion = calibrations.saveNotes(c.id(), calibrations.grid(c.id()).version(), "Discussed Jon.");
        calibrations.close(c.id(), notesVersion);
        signedIn.as(team.manager());
        assertThat(notifications.mine(0, 20)).anyMatch(n -> n.title().contains("changed a rating"));
        signedIn.nobody();

        ReviewDetails managerView = fixtures.details(jon, team.manager());
        assertThat(managerView.alignment().value()).isEqualTo(2);
        assertThat(managerView.calibrated()).isTrue();
        assertThat(managerView.revisions()).singleElement().satisfies(r -> {
            assertThat(r.from()).isEqualTo(1);
            assertThat(r.to()).isEqualTo(2);
            assertThat(r.reason()).isEqualTo("The migration was a unit goal.");
        });
        fixtures.share(jon, team.manager());
        ReviewDetails personView = fixtures.details(jon, team.person());
        assertThat(personView.alignment().value()).isEqualTo(2);
        assertThat(personView.revisions()).isEmpty();
        assertThat(personView.toString()).doesNotContain("Discussed Jon");
    }

    @Test
    void acknowledgingOnTheAcknowledgementsPageFinishesTheReviewToo() {
        ReviewFixtures.Team team = fixtures.freshTeam(1);
        String round = fixtures.startRound(team, fixtures.template(false));
        fixtures.throughSharing(round, team, 3, 3);
        long jon = fixtures.reviewOf(round, team.personId());
        signedIn.as(team.person());
        org.ladder.tasks.PendingAcknowledgement pending = acknowledgements.myPending().stream()
                .filter(p -> p.title().contains(round)).findFirst().orElseThrow();
        acknowledgements.acknowledge(pending.campaignId(), null);
        signedIn.nobody();
        assertThat(fixtures.details(jon, team.person()).step()).isEqualTo(ReviewStep.DONE);
        assertThat(fixtures.instance(round, team.personId())).isEmpty();
        assertThat(rounds.findByRoundKey(round).orElseThrow().completedAt()).isNotNull();
    }

    @Test
    void thePersonProposesPeersAndTheManagerConfirmsOrChangesThem() {
        ReviewFixtures.Team team = fixtures.freshTeam(3);
        String round = fixtures.startRound(team, fixtures.template(true));
        long jon = fixtures.reviewOf(round, team.personId());
        long kim = team.reportIds().get(1);
        long lia = team.reportIds().get(2);
        signedIn.as(team.person());
        assertThatThrownBy(() -> peers.propose(jon, List.of(team.personId())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("peers"));
        assertThatThrownBy(() -> peers.propose(jon, List.of(team.managerId())))
                .isInstanceOf(ValidationException.class);
        peers.propose(jon, List.of(kim, lia));
        signedIn.nobody();
        fixtures.selfReview(jon, team.person());
        signedIn.as(team.manager());
        assertThat(peers.proposed(jon)).extracting(p -> p.id()).containsExactly(kim, lia);
        signedIn.nobody();
        fixtures.namePeers(jon, team.manager(), List.of(kim));
        assertThat(fixtures.openTasks(round, team.personId(), ReviewProcess.TASK_GIVE_PEER_INPUT))
                .singleElement().satisfies(t -> assertThat(t.getAssignee()).isEqualTo(team.reports().get(1)));
        signedIn.as(team.person());
        assertThatThrownBy(() -> peers.propose(jon, List.of(lia))).isInstanceOf(ReviewRefusedException.class);
        signedIn.as(team.reports().get(2));
        assertThatThrownBy(() -> peers.give(jon, "not asked")).as("Lia was not asked")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        signedIn.as(team.reports().get(1));
        assertThatThrownBy(() -> peers.give(jon, " ")).isInstanceOf(ValidationException.class);
        peers.give(jon, "Always helpful.");
        assertThatThrownBy(() -> peers.decline(jon)).isInstanceOf(ReviewRefusedException.class);
        signedIn.nobody();
        assertThat(fixtures.details(jon, team.manager()).step()).isEqualTo(ReviewStep.MANAGER_REVIEW);
    }

    @Test
    void cancellingARoundEndsEveryOpenReviewAndCompletesIt() {
        ReviewFixtures.Team team = fixtures.freshTeam(2);
        String round = fixtures.startRound(team, fixtures.template(false));
        signedIn.as("manager");
        assertThatThrownBy(() -> launches.cancel(round, "no")).isInstanceOf(
                org.springframework.security.access.AccessDeniedException.class);
        signedIn.as("hr");
        launches.cancel(round, "Reorganisation");
        ReviewRoundProgress p = launches.progress(round);
        assertThat(p.atStep()).containsEntry(ReviewStep.ENDED, 2);
        assertThat(p.complete()).isTrue();
        assertThat(rounds.findByRoundKey(round).orElseThrow().completedAt()).isNotNull();
        for (long id : team.reportIds()) {
            assertThat(fixtures.instance(round, id)).isEmpty();
        }
    }

    @Test
    void aSecondStartAddsNobodyAndHrAddsAJoinerByHand() {
        ReviewFixtures.Team team = fixtures.freshTeam(1);
        ReviewFixtures.Team joiner = fixtures.freshTeam(1);
        long template = fixtures.template(false);
        String round = fixtures.startRound(team, template);
        ReviewRoundStarted again = fixtures.start(round, null, template);
        assertThat(again.started()).as("a restart for everyone adds nobody").isZero();
        assertThat(again.alreadyInRound()).isEqualTo(1);

        signedIn.as("hr");
        ReviewRoundStarted added = launches.addPerson(round, joiner.personId());
        assertThat(added.started()).isEqualTo(1);
        assertThatThrownBy(() -> launches.addPerson(round, joiner.personId())).isInstanceOf(ValidationException.class);
        signedIn.nobody();
        fixtures.runLaunchJobs();
        assertThat(fixtures.instances(round, joiner.personId())).isEqualTo(1);
    }

    @Test
    void hrSeesProgressPerStepPerUnitAndBothDistributions() {
        ReviewFixtures.Team team = fixtures.freshTeam(2);
        String round = fixtures.startRound(team, fixtures.template(false));
        fixtures.throughSharing(round, team, 5, 1);
        signedIn.as("hr");
        ReviewRoundProgress p = overview.progress(round, team.unitId());
        assertThat(p.total()).isEqualTo(2);
        assertThat(p.atStep()).containsEntry(ReviewStep.ACKNOWLEDGEMENT, 2);
        assertThat(overview.perUnit(round)).singleElement().satisfies(u -> {
            assertThat(u.unitId()).isEqualTo(team.unitId());
            assertThat(u.total()).isEqualTo(2);
        });
        RatingDistributions d = overview.distributions(round, team.unitId());
        assertThat(d.performance()[4]).isEqualTo(2);
        assertThat(d.alignment()[0]).isEqualTo(2);
        assertThat(d.highPerformanceLowAlignment()).isEqualTo(2);
        assertThat(overview.countLate(round)).isZero();
        signedIn.as(team.manager());
        assertThatThrownBy(() -> overview.progress(round, null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
