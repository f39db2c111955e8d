package org.ladder.reviews.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ladder.base.ui.AccessDeniedView;
import org.ladder.reviews.ManagerReviewDraft;
import org.ladder.reviews.RatingKind;
import org.ladder.reviews.ReviewAnswers;
import org.ladder.reviews.ReviewForms;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;

/**
 * The calibration grid: the group's people with both ratings and the distributions; a change without a reason is
 * refused on its field and changes nothing; with a reason it is kept as a revision; someone who does not calibrate
 * the unit is refused by URL.
 */
class CalibrationViewTest extends KaribuTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    ReviewForms forms;
    @Autowired
    org.ladder.support.ReviewFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    /** Both reviews of the team through the self and the manager review: the unit's calibration opens. */
    private ReviewScenario.Round calibrating() {
        ReviewScenario.Round r = scenario.started(false);
        for (var person : new org.ladder.notifications.FreshPeople.Fresh[] {r.team().jon(), r.team().kim()}) {
            long id = person == r.team().jon() ? r.jonReview() : r.kimReview();
            signedIn.as(person.username());
            forms.submitSelfReview(id, fixtures.version(id), new ReviewAnswers(java.util.List.of(),
                    java.util.Map.of("highlights", "A steady half."), java.util.Map.of()), null);
            signedIn.as(r.team().lead().username());
            forms.submitManagerReview(id, fixtures.version(id), new ManagerReviewDraft(new ReviewAnswers(
                    java.util.List.of(), java.util.Map.of("highlights", "Good work."), java.util.Map.of()),
                    person == r.team().jon() ? 5 : 3, "Outstanding delivery.", person == r.team().jon() ? 1 : 3,
                    "Worked on what the unit needed."));
        }
        signedIn.nobody();
        scenario.runJobs(r.roundKey());
        return r;
    }

    @Test
    void aChangeWithoutReasonIsRefusedOnItsFieldAndAChangeWithAReasonIsKept() {
        ReviewScenario.Round r = calibrating();
        long calibration = scenario.calibration(r.roundKey(), r.unitId());
        login("hr");
        navigate("calibration/" + calibration);
        CalibrationView view = _get(CalibrationView.class);
        assertThat(GridKt._size(view.people)).isEqualTo(2);
        var charts = _find(view.charts, org.ladder.base.ui.charts.SvgChart.class);
        assertThat(charts).hasSize(2);
        assertThat(charts.get(0).label()).startsWith("Performance ratings of 2 people").contains("5 — Outstanding: 1",
                "3 — Meets expectations: 1");
        assertThat(charts.get(1).label()).startsWith("Alignment ratings of 2 people").contains("1 — Off track: 1");

        int jonsRow = view.rows().indexOf(view.rows().stream().filter(x -> x.reviewId() == r.jonReview())
                .findFirst().orElseThrow());
        ((Button) GridKt._getCellComponent(view.people, jonsRow, "change")).click();
        view.changeKind.setValue(RatingKind.PERFORMANCE);
        view.changeRating.setValue(4);
        view.changeSave.click();
        assertThat(view.changeReason.isInvalid()).isTrue();
        assertThat(revisions(r.jonReview())).isZero();
        assertThat(rating(r.jonReview())).isEqualTo(5);

        view.changeReason.setValue("Strong, but the report was not on the unit's goals: 4 like the others.");
        view.changeSave.click();
        NotificationsKt.expectNotifications("Performance of " + r.team().jon().name()
                + " changed to 4; their manager is told.");
        assertThat(revisions(r.jonReview())).isEqualTo(1);
        assertThat(rating(r.jonReview())).isEqualTo(4);
        assertThat(_get(CalibrationView.class).rows().stream().filter(x -> x.reviewId() == r.jonReview())
                .findFirst().orElseThrow().performance()).isEqualTo(4);
    }

    @Test
    void someoneWhoDoesNotCalibrateTheUnitIsRefusedByUrl() {
        ReviewScenario.Round r = calibrating();
        long calibration = scenario.calibration(r.roundKey(), r.unitId());
        login(r.team().jon().username());
        navigate("calibration/" + calibration);
        assertThat(_find(CalibrationView.class)).isEmpty();
        _get(AccessDeniedView.class);
        login("manager");
        navigate("");
        navigate("calibration/" + calibration);
        assertThat(_find(CalibrationView.class)).isEmpty();
    }

    private int revisions(long reviewId) {
        return jdbc.queryForObject("select count(*) from review_rating_revision where review_id = ?", Integer.class,
                reviewId);
    }

    private int rating(long reviewId) {
        return jdbc.queryForObject("select performance_rating from review where id = ?", Integer.class, reviewId);
    }
}
