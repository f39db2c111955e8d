package org.ladder.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ladder.checkins.CheckInDraft;
import org.ladder.checkins.CheckInSubmitted;
import org.ladder.checkins.CheckIns;
import org.ladder.goals.Confidence;
import org.ladder.support.CheckInFixtures;
import org.ladder.support.GoalFixtures;
import java.util.Map;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalStatus;
import org.ladder.notifications.FreshPeople;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** A check-in that rates goals at risk or off track heads the next 1:1's agenda, once per goal while it waits. */
@LadderIntegrationTest
class CheckInTopicsTest {

    @Autowired
    OneOnOnes oneOnOnes;
    @Autowired
    OneOnOneQueries queries;
    @Autowired
    FreshPeople freshPeople;
    @Autowired
    OneOnOneFixtures fixtures;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    SignedIn signedIn;
    @Autowired
    CheckInFixtures checkInFixtures;
    @Autowired
    CheckIns checkIns;

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    @Test
    void goalsAtRiskHeadTheAgendaOnceUntilTheyAreDiscussed() {
        FreshPeople.Team team = freshPeople.team();
        GoalDetails risky = fixtures.activeGoal(team, "Migrate the billing jobs");
        GoalDetails fine = fixtures.activeGoal(team, "Write the onboarding guide");
        assertThat(risky.status()).isEqualTo(GoalStatus.ACTIVE);
        signedIn.as(team.lead().username());
        long id = oneOnOnes.open(team.jon().id()).orElseThrow();
        oneOnOnes.addTopic(id, "Holiday plans");

        submitted(team, 1, List.of(risky.id()));

        OneOnOnePage page = queries.page(id);
        assertThat(page.agenda()).extracting(OneOnOnePage.Topic::text)
                .containsExactly("“Migrate the billing jobs” is at risk", "Holiday plans");
        assertThat(page.agenda().get(0).fromCheckIn()).isTrue();
        assertThat(page.agenda().get(0).mayRemove()).isFalse();

        // the next check-in rates it at risk again, and another goal too: no second topic for the first
        submitted(team, 2, List.of(risky.id(), fine.id()));
        assertThat(queries.page(id).agenda()).extracting(OneOnOnePage.Topic::text).containsExactly(
                "“Migrate the billing jobs” is at risk", "“Write the onboarding guide” is at risk", "Holiday plans");

        // once discussed and held, a new at-risk rating raises it again
        OneOnOnePage before = queries.page(id);
        before.agenda().stream().filter(OneOnOnePage.Topic::fromCheckIn)
                .forEach(t -> oneOnOnes.setDiscussed(t.id(), t.version(), true));
        oneOnOnes.hold(id, before.version(), java.time.LocalDate.now());
        submitted(team, 3, List.of(risky.id()));
        assertThat(queries.page(id).agenda()).extracting(OneOnOnePage.Topic::text)
                .containsExactly("“Migrate the billing jobs” is at risk", "Holiday plans");
        assertThat(queries.page(id).meetings().get(0).discussed()).hasSize(2);
    }

    @Test
    void aCheckInStartsTheOneOnOneIfThePairHasNoneYetAndTheReportSeesTheTopicToo() {
        FreshPeople.Team team = freshPeople.team();
        GoalDetails risky = fixtures.activeGoal(team, "Cut the build time in half");
        submitted(team, 4, List.of(risky.id()));
        signedIn.as(team.jon().username());
        long id = queries.withMyManager().orElseThrow().oneOnOneId();
        assertThat(queries.page(id).agenda()).extracting(OneOnOnePage.Topic::text)
                .containsExactly("“Cut the build time in half” is at risk");
        assertThat(queries.withMyManager().orElseThrow().topicsWaiting()).isEqualTo(1);
    }

    @Test
    void aCheckInWithNothingAtRiskAddsNothing() {
        FreshPeople.Team team = freshPeople.team();
        submitted(team, 5, List.of());
        signedIn.as(team.jon().username());
        assertThat(queries.withMyManager().orElseThrow().oneOnOneId()).isNull();
    }

    @Test
    void aRealCheckInOffTrackHeadsTheAgendaAndThePageShowsTheGoalWithItsLatestCheckIn() {
        CheckInFixtures.Team team = checkInFixtures.freshTeam();
        GoalDetails late = checkInFixtures.activeGoal(team, "Retire the legacy queue", null,
                GoalFixtures.numeric("Consumers moved", 0, 8, 2, 100));
        GoalDetails fine = checkInFixtures.activeGoal(team, "Document the API", null,
                GoalFixtures.numeric("Endpoints documented", 0, 20, 5, 100));
        signedIn.as(team.person());
        checkIns.submit(checkInFixtures.draft(g -> g.id() == late.id()
                ? new CheckInDraft.GoalEntry(g.id(), g.version(), CheckInFixtures.entry(g, Confidence.OFF_TRACK,
                        Map.of("Consumers moved", "3")).values(), Confidence.OFF_TRACK, "Waiting for the ops team",
                        "Two consumers left")
                : CheckInFixtures.entry(g, Confidence.ON_TRACK, Map.of()), 4, null));

        signedIn.as(team.manager());
        long id = queries.myReports(0, 10).stream().filter(r -> r.reportId() == team.personId()).findFirst()
                .orElseThrow().oneOnOneId();
        assertThat(queries.page(id).agenda()).extracting(OneOnOnePage.Topic::text)
                .containsExactly("“Retire the legacy queue” is off track");
        List<GoalInTalk> goals = queries.goalsOf(id);
        assertThat(goals).extracting(g -> g.goal().title()).containsExactly("Retire the legacy queue",
                "Document the API");
        GoalInTalk first = goals.get(0);
        assertThat(first.confidence()).isEqualTo(Confidence.OFF_TRACK);
        assertThat(first.blockers()).isEqualTo("Waiting for the ops team");
        assertThat(first.comment()).isEqualTo("Two consumers left");
        assertThat(first.lastCheckInAt()).isNotNull();
        assertThat(first.goal().progress()).isGreaterThan(30);
        assertThat(goals.get(1).confidence()).isEqualTo(Confidence.ON_TRACK);
        assertThat(fine.id()).isEqualTo(goals.get(1).goal().id());
    }

    /** As the check-ins module publishes it: inside the submitting transaction, acted on just before its commit. */
    private void submitted(FreshPeople.Team team, long checkInId, List<Long> atRisk) {
        signedIn.as(team.jon().username());
        tx.executeWithoutResult(s -> events.publishEvent(new CheckInSubmitted(checkInId, team.jon().id(),
                team.lead().id(), atRisk, Instant.now())));
        signedIn.as(team.lead().username());
    }
}
