package org.ladder.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ladder.base.ValidationException;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalPlanning;
import org.ladder.notifications.FreshPeople;
import org.ladder.notifications.FreshPeople.Team;
import org.ladder.notifications.NotificationItem;
import org.ladder.notifications.NotificationService;
import org.ladder.support.GoalDraftBuilder;
import org.ladder.support.GoalFixtures;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who reads which feedback, through every query: the receiver (only what is visible to them), the giver, the
 * receiver's manager chain, HR (everything but private feedback about themselves), and a
 * colleague (only what they gave). Private feedback never reaches its receiver: not in a list, a count, a person
 * page, a single read or a notification. A fresh team per test: Ines leads Jon and Kim.
 */
@LadderIntegrationTest
class FeedbackAccessTest {

    @Autowired
    FeedbackGiving giving;
    @Autowired
    FeedbackQueries queries;
    @Autowired
    NotificationService notifications;
    @Autowired
    FreshPeople freshPeople;
    @Autowired
    SignedIn signedIn;
    @Autowired
    GoalPlanning planning;
    @Autowired
    GoalFixtures goalFixtures;
    @Autowired
    org.ladder.people.PeopleService people;

    Team team;

    @BeforeEach
    void team() {
        team = freshPeople.team();
    }

    @AfterEach
    void signOut() {
        signedIn.nobody();
    }

    private long give(String as, long to, FeedbackKind kind, FeedbackVisibility visibility, String text) {
        signedIn.as(as);
        return giving.give(new FeedbackDraft(to, kind, null, null, visibility, text));
    }

    private static List<Long> ids(List<FeedbackItem> items) {
        return items.stream().map(FeedbackItem::id).toList();
    }

    private List<String> notificationTitles(String as) {
        signedIn.as(as);
        return notifications.mine(0, 100).stream().map(NotificationItem::title).toList();
    }

    @Test
    void feedbackVisibleToItsReceiverIsReadByReceiverGiverManagerAndHrButNotByAColleague() {
        long id = give(team.jon().username(), team.kim().id(), FeedbackKind.PRAISE, FeedbackVisibility.RECEIVER,
                "Your release notes were crisp.");

        signedIn.as(team.kim().username());
        assertThat(ids(queries.received(0, 20))).containsExactly(id);
        assertThat(queries.countReceived()).isEqualTo(1);
        assertThat(queries.received(0, 20).get(0).giverName()).isEqualTo(team.jon().name());
        assertThat(queries.item(id)).isPresent();

        signedIn.as(team.jon().username());
        assertThat(ids(queries.given(0, 20))).containsExactly(id);
        assertThat(ids(queries.received(0, 20))).isEmpty();

        signedIn.as(team.lead().username());
        assertThat(queries.teamScope()).isEqualTo(FeedbackQueries.TeamScope.REPORTS);
        assertThat(ids(queries.team(0, 20))).containsExactly(id);
        assertThat(ids(queries.receivedBy(team.kim().id(), 0, 20))).containsExactly(id);

        signedIn.as("hr");
        assertThat(queries.teamScope()).isEqualTo(FeedbackQueries.TeamScope.EVERYONE);
        assertThat(ids(queries.team(0, 200))).contains(id);
        assertThat(queries.item(id)).isPresent();

        signedIn.as("employee");
        assertThat(queries.teamScope()).isEqualTo(FeedbackQueries.TeamScope.NONE);
        assertThat(queries.team(0, 20)).isEmpty();
        assertThat(queries.receivedBy(team.kim().id(), 0, 20)).isEmpty();
        assertThat(queries.countReceivedBy(team.kim().id())).isZero();
        assertThat(queries.item(id)).isEmpty();

        assertThat(notificationTitles(team.kim().username())).containsExactly(team.jon().name() + " gave you praise");
        assertThat(notificationTitles(team.lead().username())).isEmpty();
    }

    @Test
    void privateFeedbackNeverReachesItsReceiverByAnyPathButItsManagerIsTold() {
        long id = give(team.kim().username(), team.jon().id(), FeedbackKind.CONSTRUCTIVE,
                FeedbackVisibility.MANAGERS, "Jon talks over people in reviews.");

        signedIn.as(team.jon().username());
        assertThat(queries.received(0, 20)).isEmpty();
        assertThat(queries.countReceived()).isZero();
        assertThat(queries.receivedBy(team.jon().id(), 0, 20)).isEmpty();
        assertThat(queries.countReceivedBy(team.jon().id())).isZero();
        assertThat(queries.item(id)).isEmpty();
        assertThat(notificationTitles(team.jon().username())).isEmpty();

        signedIn.as(team.kim().username());
        assertThat(ids(queries.given(0, 20))).containsExactly(id);
        assertThat(queries.given(0, 20).get(0).isPrivate()).isTrue();

        signedIn.as(team.lead().username());
        assertThat(ids(queries.team(0, 20))).containsExactly(id);
        assertThat(ids(queries.receivedBy(team.jon().id(), 0, 20))).containsExactly(id);
        assertThat(notificationTitles(team.lead().username()))
                .containsExactly(team.kim().name() + " gave private feedback about " + team.jon().name());

        signedIn.as("hr");
        assertThat(ids(queries.receivedBy(team.jon().id(), 0, 20))).containsExactly(id);
    }

    @Test
    void hrNeverReadsPrivateFeedbackAboutThemselves() {
        long hr = goalFixtures.personId("hr");
        long hidden = give(team.jon().username(), hr, FeedbackKind.CONSTRUCTIVE, FeedbackVisibility.MANAGERS,
                "HR answers late.");
        long open = give(team.jon().username(), hr, FeedbackKind.PRAISE, FeedbackVisibility.RECEIVER,
                "HR explained the policy well.");

        signedIn.as("hr");
        assertThat(ids(queries.team(0, 200))).contains(open).doesNotContain(hidden);
        assertThat(ids(queries.received(0, 200))).contains(open).doesNotContain(hidden);
        assertThat(ids(queries.receivedBy(hr, 0, 200))).doesNotContain(hidden);
        assertThat(queries.item(hidden)).isEmpty();
        String hrName = people.findByUsername("hr").orElseThrow().displayName();
        assertThat(notificationTitles("hr")).doesNotContain(team.jon().name() + " gave private feedback about "
                + hrName).contains(team.jon().name() + " gave you praise");
    }

    @Test
    void nobodyGivesThemselvesFeedbackAndEveryBrokenRuleIsSaidAtOnceWithNothingSaved() {
        signedIn.as(team.jon().username());
        long before = queries.countGiven();

        assertThatThrownBy(() -> giving.give(new FeedbackDraft(team.jon().id(), null, null, null, null, " ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("receiver", "You cannot give yourself feedback.")
                        .containsEntry("kind", "Choose praise or constructive.")
                        .containsEntry("visibility", "Choose who may read it.")
                        .containsEntry("text", "Write your feedback."));
        String tooLong = "x".repeat(FeedbackLimits.TEXT_MAX_LENGTH + 1);
        assertThatThrownBy(() -> giving.give(new FeedbackDraft(team.kim().id(), FeedbackKind.PRAISE, null, null,
                FeedbackVisibility.RECEIVER, tooLong)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("text").containsEntry("text", "At most 2000 characters (this has 2001)."));
        assertThatThrownBy(() -> giving.give(new FeedbackDraft(team.kim().id(), FeedbackKind.PRAISE, null,
                "Not a value of ours", FeedbackVisibility.RECEIVER, "Good.")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("about", "Choose one of the values of the published charter."));
        assertThat(queries.countGiven()).isEqualTo(before);
    }

    @Test
    void feedbackAboutAGoalNeedsAGoalOfTheReceiverThatTheGiverMaySee() {
        goalFixtures.charterPublished();
        signedIn.as(team.jon().username());
        GoalDetails draft = planning.create(GoalDraftBuilder.personal(team.jon().id(), "Jon's private plan")
                .privately().period(GoalFixtures.START, GoalFixtures.END).build());

        signedIn.as(team.kim().username());
        assertThat(giving.goalChoices(team.jon().id())).extracting(g -> g.id()).doesNotContain(draft.id());
        assertThatThrownBy(() -> giving.give(new FeedbackDraft(team.jon().id(), FeedbackKind.PRAISE, draft.id(),
                null, FeedbackVisibility.RECEIVER, "Nice plan.")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("about", "Choose one of their goals that you can see."));

        signedIn.as(team.lead().username());
        assertThat(giving.goalChoices(team.jon().id())).extracting(g -> g.id()).contains(draft.id());
        String value = giving.valueChoices().get(0);
        assertThatThrownBy(() -> giving.give(new FeedbackDraft(team.jon().id(), FeedbackKind.PRAISE, draft.id(),
                value, FeedbackVisibility.RECEIVER, "Both?")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("about", "Choose a goal or a value, not both."));
        long id = giving.give(new FeedbackDraft(team.jon().id(), FeedbackKind.PRAISE, draft.id(), null,
                FeedbackVisibility.RECEIVER, "A clear plan."));
        long aboutValue = giving.give(new FeedbackDraft(team.jon().id(), FeedbackKind.PRAISE, null, value,
                FeedbackVisibility.RECEIVER, "You live it."));

        signedIn.as(team.jon().username());
        assertThat(queries.item(id).orElseThrow().goalTitle()).isEqualTo("Jon's private plan");
        assertThat(queries.item(aboutValue).orElseThrow().charterValue()).isEqualTo(value);
    }
}
