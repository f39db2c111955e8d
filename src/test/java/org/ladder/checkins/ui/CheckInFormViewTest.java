package org.ladder.checkins.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.ladder.base.ui.AccessDeniedView;
import org.ladder.checkins.CheckInDraft;
import org.ladder.checkins.CheckInLimits;
import org.ladder.checkins.CheckInQueries;
import org.ladder.checkins.CheckInView;
import org.ladder.goals.Confidence;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalQueries;
import org.ladder.goals.KeyResultDraft;
import org.ladder.goals.KeyResultType;
import org.ladder.support.CheckInFixtures;
import org.ladder.support.CheckInFixtures.Team;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** The check-in form: a field per key result, errors on their fields, a submit that updates the goals. */
class CheckInFormViewTest extends KaribuTest {

    @Autowired
    CheckInFixtures fixtures;
    @Autowired
    CheckInQueries queries;
    @Autowired
    GoalQueries goals;

    private GoalDetails goalWithThreeTypes(Team team) {
        return fixtures.activeGoal(team, "Form goal", null,
                new KeyResultDraft(null, "Coverage", KeyResultType.PERCENTAGE, BigDecimal.valueOf(50),
                        BigDecimal.valueOf(90), BigDecimal.valueOf(50), null, 50),
                new KeyResultDraft(null, "Launched", KeyResultType.BINARY, BigDecimal.ZERO, BigDecimal.ONE,
                        BigDecimal.ZERO, null, 25),
                new KeyResultDraft(null, "Milestones", KeyResultType.MILESTONE, BigDecimal.ZERO,
                        BigDecimal.valueOf(4), BigDecimal.ZERO, null, 25));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Confidence> confidence(long goalId) {
        return _get(RadioButtonGroup.class, r -> r.withId("confidence-" + goalId));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Integer> pulse() {
        return _get(RadioButtonGroup.class, r -> r.withId("pulse-score"));
    }

    @Test
    void fillingTheFormChecksInAndUpdatesTheGoal() {
        Team team = fixtures.freshTeam();
        GoalDetails goal = goalWithThreeTypes(team);
        login(team.person());
        navigate("check-in");
        long coverage = goal.keyResults().get(0).id();
        long launched = goal.keyResults().get(1).id();
        long milestones = goal.keyResults().get(2).id();
        _setValue(_get(BigDecimalField.class, f -> f.withId("kr-" + coverage)), new BigDecimal("70"));
        _setValue(_get(Checkbox.class, f -> f.withId("kr-" + launched)), true);
        _setValue(_get(IntegerField.class, f -> f.withId("kr-" + milestones)), 2);
        _setValue(confidence(goal.id()), Confidence.AT_RISK);
        _setValue(_get(com.vaadin.flow.component.textfield.TextArea.class, f -> f.withId("blockers-" + goal.id())),
                "Waiting for the test lab");
        _setValue(pulse(), 4);
        _setValue(_get(TextField.class, f -> f.withId("pulse-line")), "I see it in the team goal");
        _click(_get(Button.class, b -> b.withId("check-in-submit")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("check-ins");
        GoalDetails after = goals.goal(goal.id());
        assertThat(after.keyResults()).extracting(k -> k.current().stripTrailingZeros().toPlainString())
                .containsExactly("70", "1", "2");
        assertThat(after.confidence()).isEqualTo(Confidence.AT_RISK);
        CheckInView saved = queries.ofPerson(team.personId(), 0, 1).get(0);
        assertThat(saved.goals().get(0).blockers()).isEqualTo("Waiting for the test lab");
        assertThat(queries.form().pulseScoreThisMonth()).isEqualTo(4);
        assertThat(_get(Div.class, d -> d.withId("check-in-" + saved.id()))).isNotNull();
    }

    @Test
    void missingAnswersAndTheServicesErrorsShowOnTheirFields() {
        Team team = fixtures.freshTeam();
        GoalDetails goal = goalWithThreeTypes(team);
        login(team.person());
        navigate("check-in");
        CheckInFormView view = _get(CheckInFormView.class);
        long coverage = goal.keyResults().get(0).id();
        BigDecimalField coverageField = _get(BigDecimalField.class, f -> f.withId("kr-" + coverage));
        _setValue(coverageField, new BigDecimal("120"));
        _click(_get(Button.class, b -> b.withId("check-in-submit")));
        assertThat(confidence(goal.id()).isInvalid()).as("no confidence chosen").isTrue();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("check-in");

        _setValue(confidence(goal.id()), Confidence.ON_TRACK);
        _setValue(_get(TextField.class, f -> f.withId("pulse-line")), "A line but no score");
        _click(_get(Button.class, b -> b.withId("check-in-submit")));
        assertThat(coverageField.isInvalid()).isTrue();
        assertThat(coverageField.getErrorMessage()).isEqualTo("A percentage is between 0 and 100.");
        assertThat(pulse().isInvalid()).isTrue();
        assertThat(view.fields.get(CheckInDraft.PULSE_SCORE_FIELD).getErrorMessage()).contains("Choose a score");
        assertThat(_get(Paragraph.class, p -> p.withId("check-in-error")).isVisible()).isTrue();
        assertThat(queries.countOfPerson(team.personId())).isZero();
        assertThat(_get(TextField.class, f -> f.withId("pulse-line")).getMaxLength())
                .isEqualTo(CheckInLimits.PULSE_COMMENT_MAX_LENGTH);
    }

    @Test
    void homeAsksForACheckInUntilThePersonHasCheckedIn() {
        Team team = fixtures.freshTeam();
        fixtures.activeGoal(team, "Home goal", null);
        login(team.person());
        navigate("");
        assertThat(_get(Div.class, d -> d.withId("check-in-home")).getElement().getTextRecursively())
                .contains("You have not checked in yet");
        fixtures.checkInUnchanged(team.person());
        login(team.person());
        navigate("check-ins");
        navigate("");
        _assertNone(Div.class, d -> d.withId("check-in-home"));
    }

    @Test
    void someoneWithoutActiveGoalsSeesAnEmptyState() {
        Team team = fixtures.freshTeam();
        login(team.colleague());
        navigate("check-in");
        assertThat(_get(Paragraph.class, p -> p.withId("check-in-empty")).getText())
                .startsWith("You have no active goal to check in on.");
        _assertNone(Button.class, b -> b.withId("check-in-submit"));
    }

    @Test
    void aColleagueCannotOpenSomeonesCheckInsByUrlTheManagerCan() {
        Team team = fixtures.freshTeam();
        fixtures.activeGoal(team, "History goal", null);
        fixtures.checkInUnchanged(team.person());
        login(team.colleague());
        navigate("check-ins/" + team.personId());
        _get(AccessDeniedView.class);
        login(team.manager());
        navigate("check-ins/" + team.personId());
        _get(CheckInHistoryView.class);
        assertThat(_get(Div.class, d -> d.withId("check-in-list")).getChildren().count()).isEqualTo(1);
    }

    @Test
    void theGoalPageShowsTheChartToTheOwnerAndNotToAColleague() {
        Team team = fixtures.freshTeam();
        GoalDetails goal = fixtures.activeGoal(team, "Charted goal", null);
        fixtures.checkInUnchanged(team.person());
        fixtures.checkInUnchanged(team.person());
        login(team.person());
        navigate("goal/" + goal.id());
        Div section = _get(Div.class, d -> d.withId("goal-check-ins"));
        assertThat(_get(section, org.ladder.base.ui.charts.SvgChart.class).label())
                .contains("over 2 check-ins", "on track");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, d -> d.withId("goal-last-check-in")).getText())
                .endsWith("· On track");
        login(team.colleague());
        navigate("goal/" + goal.id());
        _assertNone(Div.class, d -> d.withId("goal-check-ins"));
    }
}
