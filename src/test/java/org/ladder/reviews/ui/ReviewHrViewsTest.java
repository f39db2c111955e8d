package org.ladder.reviews.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.ladder.base.ui.AccessDeniedView;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.html.Paragraph;

/**
 * HR's review views: the template editor refuses bad input on its fields and saves nothing, and says when saving
 * makes a new version; starting a round refuses a period that ends before it starts; the overview shows a round's
 * progress and charts with their text alternatives; people other than HR are refused by URL; a manager's board lists
 * their team.
 */
class ReviewHrViewsTest extends KaribuTest {

    @Autowired
    ReviewScenario scenario;
    @Autowired
    JdbcTemplate jdbc;

    private long templates() {
        return jdbc.queryForObject("select count(*) from review_template", Long.class);
    }

    @Test
    void theTemplateEditorRefusesBadInputOnItsFieldsAndSavesNothing() {
        login("hr");
        navigate("review-template");
        ReviewTemplateEditorView editor = _get(ReviewTemplateEditorView.class);
        long before = templates();
        editor.form.name.setValue("");
        editor.form.performance.labels.get(2).setValue("");
        editor.save.click();
        assertThat(editor.form.name.isInvalid()).isTrue();
        assertThat(editor.form.performance.labels.get(2).isInvalid()).isTrue();
        assertThat(templates()).isEqualTo(before);

        // a rule only the service knows: two points with one label
        String name = "Editor test " + System.nanoTime();
        editor.form.name.setValue(name);
        editor.form.performance.labels.get(2).setValue("Meets expectations");
        editor.form.performance.labels.get(3).setValue("Meets expectations");
        editor.save.click();
        assertThat(editor.form.performance.labels.get(3).isInvalid()).isTrue();
        assertThat(editor.form.performance.labels.get(3).getErrorMessage()).contains("Two points cannot share");
        assertThat(templates()).isEqualTo(before);

        editor.form.performance.labels.get(3).setValue("Exceeds expectations");
        editor.save.click();
        NotificationsKt.expectNotifications("Template “" + name + "” created.");
        assertThat(templates()).isEqualTo(before + 1);
    }

    @Test
    void aTemplateInUseSaysSavingMakesANewVersion() {
        ReviewScenario.Round r = scenario.started(false);
        login("hr");
        navigate("review-template/" + r.templateId());
        ReviewTemplateEditorView editor = _get(ReviewTemplateEditorView.class);
        assertThat(editor.status.getText()).contains("Version 1 is used by reviews. Saving makes version 2");
        editor.form.peersAsked.setValue(true);
        editor.save.click();
        NotificationsKt.expectNotifications("Saved as version 2; running reviews keep version 1.");
    }

    @Test
    void startingARoundRefusesAPeriodThatEndsBeforeItStartsAndPreviewsThePeople() {
        scenario.started(false); // a template exists
        login("hr");
        navigate("review-rounds/new");
        StartReviewRoundView view = _get(StartReviewRoundView.class);
        view.scope.setValue(StartReviewRoundView.Scope.EVERYONE);
        assertThat(view.preview.getText()).contains("will be reviewed");
        view.periodStart.setValue(LocalDate.of(2026, 12, 1));
        view.periodEnd.setValue(LocalDate.of(2026, 11, 1));
        view.start.click();
        assertThat(view.periodEnd.isInvalid()).isTrue();
        assertThat(_find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)).isEmpty();
    }

    @Test
    void theOverviewShowsProgressAndChartsWithTextAlternatives() {
        ReviewScenario.Round r = scenario.started(false);
        login("hr");
        navigate("review-overview/" + r.roundKey());
        ReviewOverviewView view = _get(ReviewOverviewView.class);
        assertThat(view.progress.getElement().getTextRecursively()).contains("Self review");
        assertThat(_get(view.progress, com.vaadin.flow.component.html.Div.class,
                d -> d.withId("review-progress-self-review")).getElement().getTextRecursively()).startsWith("2");
        assertThat(_get(Paragraph.class, p -> p.withId("review-overview-rated")).getText())
                .contains("has both ratings yet");
        assertThat(_get(org.ladder.base.ui.charts.SvgChart.class, c -> c.withId("review-quadrants-chart")).label())
                .contains("nobody has both ratings yet");
        assertThat(GridKt._size(view.units)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void peopleOtherThanHrAreRefusedTheHrViewsByUrl() {
        login("employee");
        for (String route : new String[] {"review-overview", "review-templates", "review-template",
                "review-rounds/new"}) {
            navigate(route);
            _get(AccessDeniedView.class);
        }
        login("manager");
        navigate("");
        navigate("review-overview");
        _get(AccessDeniedView.class);
    }

    @Test
    void aManagersBoardListsTheTeamAndAnEmployeeIsRefused() {
        ReviewScenario.Round r = scenario.started(false);
        login(r.team().lead().username());
        navigate("team-reviews");
        TeamReviewBoardView board = _get(TeamReviewBoardView.class);
        board.round.setValue(board.round.getListDataView().getItems()
                .filter(x -> x.roundKey().equals(r.roundKey())).findFirst().orElseThrow());
        assertThat(GridKt._size(board.board)).isEqualTo(2);

        login(r.team().jon().username());
        navigate("");
        navigate("team-reviews");
        _get(AccessDeniedView.class);
    }
}
