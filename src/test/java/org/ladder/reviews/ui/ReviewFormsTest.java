package org.ladder.reviews.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ladder.support.GoalFixtures.numeric;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ladder.base.ui.AccessDeniedView;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalPlanning;
import org.ladder.reviews.GoalResult;
import org.ladder.reviews.ReviewDetails;
import org.ladder.reviews.ReviewQueries;
import org.ladder.reviews.workflow.ReviewProcess;
import org.ladder.support.GoalFixtures;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The review step forms on the real services: bad input shows a message on its field and saves nothing; good input
 * moves the review on; people outside the review are refused by URL; the person never sees the peers' names.
 */
class ReviewFormsTest extends KaribuTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    GoalPlanning goals;
    @Autowired
    ReviewQueries queries;
    @Autowired
    JdbcTemplate jdbc;

    private long goalFor(ReviewScenario.Round r) {
        signedIn.as(r.team().lead().username());
        GoalDetails draft = goals.create(GoalFixtures.personal("Automate the month-end report " + r.roundKey(),
                r.team().jon().id(), null, numeric("Steps automated", 0, 10, 4, 100)));
        GoalDetails goal = goals.submit(draft.id(), draft.version());
        signedIn.nobody();
        return goal.id();
    }

    private int answers(long reviewId, String author) {
        return jdbc.queryForObject("select count(*) from review_answer where review_id = ? and author = ?",
                Integer.class, reviewId, author);
    }

    @Test
    void theSelfReviewRefusesBadInputOnItsFieldsAndSubmitsGoodInput() {
        ReviewScenario.Round r = scenario.started(false);
        long goal = goalFor(r);
        login(r.team().jon().username());
        navigate("review/" + r.jonReview());
        SelfReviewPart form = _get(SelfReviewPart.class);

        // nothing chosen: the binder marks the goal's result and the required question, nothing is sent
        form.submit.click();
        RadioButtonGroup<?> result = _get(RadioButtonGroup.class, g -> g.withId("self-result-" + goal));
        TextArea highlights = _get(TextArea.class, t -> t.withId("self-question-highlights"));
        assertThat(result.isInvalid()).isTrue();
        assertThat(highlights.isInvalid()).isTrue();
        assertThat(scenario.step(r.jonReview())).isEqualTo("SELF_REVIEW");

        // an answer longer than the limit (the browser stops typing at it; a crafted request does not): the field's
        // message, and nothing is saved
        _get(RadioButtonGroup.class, g -> g.withId("self-result-" + goal)).setValue(null);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<GoalResult> goalResult = _get(RadioButtonGroup.class, g -> g.withId("self-result-" + goal));
        goalResult.setValue(GoalResult.ACHIEVED);
        highlights.setValue("x".repeat(4001));
        form.submit.click();
        assertThat(highlights.isInvalid()).isTrue();
        assertThat(highlights.getErrorMessage()).isEqualTo("At most 4000 characters.");
        assertThat(_get(Paragraph.class, p -> p.withId("self-review-error")).getText())
                .contains("Some answers need a look");
        assertThat(scenario.step(r.jonReview())).isEqualTo("SELF_REVIEW");
        assertThat(answers(r.jonReview(), "SELF")).isZero();

        highlights.setValue("Shipped the report automation two weeks early.");
        _get(TextArea.class, t -> t.withId("self-comment-" + goal)).setValue("Four of ten steps automated.");
        form.submit.click();
        NotificationsKt.expectNotifications("Self review submitted with 1 goal. Your manager writes theirs next.");
        assertThat(scenario.step(r.jonReview())).isEqualTo("MANAGER_REVIEW");
        assertThat(answers(r.jonReview(), "SELF")).isGreaterThan(0);
    }

    @Test
    void aColleagueAndTheSubjectBeforeSharingAreRefusedOrSeeNothing() {
        ReviewScenario.Round r = scenario.started(false);
        login(r.team().kim().username());
        navigate("review/" + r.jonReview());
        assertThat(_find(ReviewView.class)).isEmpty();
        _get(AccessDeniedView.class);

        login("employee");
        navigate("review/" + r.jonReview());
        assertThat(_find(ReviewView.class)).isEmpty();
        _get(AccessDeniedView.class);
    }

    @Test
    void theManagerReviewNeedsBothJustificationsAndThenMovesOn() {
        ReviewScenario.Round r = scenario.started(false);
        long goal = goalFor(r);
        login(r.team().jon().username());
        navigate("review/" + r.jonReview());
        @SuppressWarnings("unchecked")
        RadioButtonGroup<GoalResult> own = _get(RadioButtonGroup.class, g -> g.withId("self-result-" + goal));
        own.setValue(GoalResult.EXCEEDED);
        _get(TextArea.class, t -> t.withId("self-question-highlights")).setValue("The report runs itself now.");
        _get(SelfReviewPart.class).submit.click();
        NotificationsKt.clearNotifications();

        login(r.team().lead().username());
        navigate("");
        navigate("review/" + r.jonReview());
        ManagerReviewPart form = _get(ManagerReviewPart.class);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("manager-self-" + goal)).getText())
                .contains("Exceeded");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<GoalResult> result = _get(RadioButtonGroup.class, g -> g.withId("manager-result-" + goal));
        result.setValue(GoalResult.ACHIEVED);
        _get(TextArea.class, t -> t.withId("manager-question-highlights")).setValue("Solid automation work.");
        form.ratings.performance.setValue(4);
        form.ratings.alignment.setValue(2);
        // no justifications: refused on both fields, nothing saved
        form.submit.click();
        assertThat(form.ratings.performanceJustification.isInvalid()).isTrue();
        assertThat(form.ratings.alignmentJustification.isInvalid()).isTrue();
        assertThat(scenario.step(r.jonReview())).isEqualTo("MANAGER_REVIEW");
        assertThat(answers(r.jonReview(), "MANAGER")).isZero();

        form.ratings.performanceJustification.setValue("Delivered early and well.");
        form.ratings.alignmentJustification.setValue("The report was not on the unit's goals this half.");
        form.submit.click();
        NotificationsKt.expectNotifications("Review submitted with both ratings.");
        assertThat(scenario.step(r.jonReview())).isIn("CALIBRATION", "SHARING");
        signedIn.as(r.team().lead().username());
        ReviewDetails d = queries.review(r.jonReview());
        assertThat(d.performance().value()).isEqualTo(4);
        assertThat(d.alignment().value()).isEqualTo(2);
    }

    @Test
    void peerInputIsNamedByTheManagerGivenOrDeclinedAndTheNamesNeverReachThePerson() {
        ReviewScenario.Round r = scenario.started(true);
        login(r.team().jon().username());
        navigate("review/" + r.jonReview());
        _get(TextArea.class, t -> t.withId("self-question-highlights")).setValue("A good half.");
        _get(SelfReviewPart.class).submit.click();
        NotificationsKt.clearNotifications();
        assertThat(scenario.step(r.jonReview())).isEqualTo("PEER_INPUT");

        // the manager names Kim from the naming task's form
        org.ladder.people.PersonSummary kim = peopleSummary(r.team().kim().id());
        login(r.team().lead().username());
        String naming = scenario.task(r.roundKey(), r.team().jon().id(), ReviewProcess.TASK_NAME_PEERS);
        navigate("task/" + naming);
        PeerParts.Nomination nomination = _get(PeerParts.Nomination.class);
        nomination.colleagues.setValue(java.util.Set.of(kim));
        nomination.send.click();
        assertThat(nomination.error.isVisible()).as(nomination.error.getText()).isFalse();
        NotificationsKt.expectNotifications("Asked 1 colleague.");

        // Kim's input task: empty input is refused on the field; then she gives it
        login(r.team().kim().username());
        String input = scenario.task(r.roundKey(), r.team().jon().id(), ReviewProcess.TASK_GIVE_PEER_INPUT);
        navigate("task/" + input);
        PeerParts.Input form = _get(PeerParts.Input.class);
        assertThat(_get(Paragraph.class, p -> p.withId("peer-input-what")).getText()).contains(r.team().jon().name());
        form.give.click();
        assertThat(form.input.isInvalid()).isTrue();
        assertThat(scenario.step(r.jonReview())).isEqualTo("PEER_INPUT");
        form.input.setValue("Jon helped me with the data model; clear and patient.");
        form.give.click();
        NotificationsKt.expectNotifications("Thank you: your input was sent.");
        assertThat(scenario.step(r.jonReview())).isEqualTo("MANAGER_REVIEW");

        // the manager sees who wrote what
        login(r.team().lead().username());
        navigate("review/" + r.jonReview());
        assertThat(_get(com.vaadin.flow.component.html.Div.class, d -> d.withId("review-peer-input")).getElement()
                .getTextRecursively()).contains(r.team().kim().name(), "clear and patient");
    }

    private org.ladder.people.PersonSummary peopleSummary(long personId) {
        signedIn.as("hr");
        try {
            return context.getBean(org.ladder.people.PeopleService.class).summaries(List.of(personId)).get(0);
        } finally {
            signedIn.nobody();
        }
    }

    @Test
    void myReviewsShowsTheCurrentReviewWithItsNextStepAndNoRatingsBeforeSharing() {
        ReviewScenario.Round r = scenario.started(false);
        login(r.team().jon().username());
        navigate("my-reviews");
        MyReviewsView view = _get(MyReviewsView.class);
        String text = view.current.getElement().getTextRecursively();
        assertThat(text).contains("Self review", "Your self review is open");
        assertThat(_find(com.vaadin.flow.component.html.Div.class, d -> d.withId("my-review-ratings-"
                + r.jonReview()))).isEmpty();
        assertThat(_get(Paragraph.class, p -> p.withId("my-reviews-past-empty")).getText()).contains("No earlier");
    }
}
