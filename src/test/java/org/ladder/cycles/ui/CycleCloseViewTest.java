package org.ladder.cycles.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.ladder.base.ui.AccessDeniedView;
import org.ladder.cycles.CycleDecisions;
import org.ladder.cycles.CyclePhase;
import org.ladder.cycles.domain.CycleRepository;
import org.ladder.cycles.workflow.AlignmentCycleProcess;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalQueries;
import org.ladder.goals.GoalStatus;
import org.ladder.reviews.ReviewRoundCompleted;
import org.ladder.support.CycleFixtures;
import org.ladder.support.CyclePageFixtures;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The close page of a cycle in its close phase: the owner sees their open goals, “Achieved” removes one, abandoning
 * without a reason shows the field error and changes nothing, and someone who was not asked is told so.
 */
class CycleCloseViewTest extends KaribuTest {

    @Autowired
    CycleFixtures fixtures;
    @Autowired
    CycleDecisions decisions;
    @Autowired
    CycleRepository cycles;
    @Autowired
    GoalQueries goalQueries;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    CyclePageFixtures pages;

    private record Closing(long cycleId, CycleFixtures.Org org, GoalDetails unitGoal, GoalDetails personalGoal) {
    }

    /** A cycle in its close phase where Ana has two open goals: her department's and her own. */
    private Closing inClose() {
        CycleFixtures.Org org = fixtures.organisation();
        GoalDetails company = fixtures.companyGoal();
        long id = fixtures.launch(org).cycleId();
        Task confirm = fixtures.cycleTask(id, AlignmentCycleProcess.TASK_CONFIRM_CHARTER);
        fixtures.run("ceo", () -> decisions.confirmCharter(confirm.getId()));
        fixtures.runJobs(id);
        GoalDetails deptGoal = fixtures.unitGoal(org.username("ana"), org.dept(), company.id());
        fixtures.run(org.username("ana"),
                () -> decisions.unitGoalsSet(fixtures.unitTask(id, org.dept()).getId()));
        fixtures.runJobs(id);
        GoalDetails anaGoal = fixtures.personalGoalApproved(org.username("ana"), org.ana(), org.username("zoe"), deptGoal.id());
        fixtures.runJobs(id);
        fixtures.fireTimer(AlignmentCycleProcess.businessKey(id), AlignmentCycleProcess.TIMER_CASCADE_DEADLINE);
        fixtures.runJobs(id);
        fixtures.fireTimer(AlignmentCycleProcess.businessKey(id), AlignmentCycleProcess.TIMER_REVIEWS_OPEN);
        fixtures.runJobs(id);
        events.publishEvent(new ReviewRoundCompleted("cycle-" + id));
        fixtures.runJobs(id);
        Task revise = fixtures.cycleTask(id, AlignmentCycleProcess.TASK_REVISE);
        fixtures.run("ceo", () -> decisions.keepStrategy(revise.getId(), "Kept"));
        fixtures.runJobs(id);
        assertThat(cycles.findById(id).orElseThrow().phase()).isEqualTo(CyclePhase.CLOSE);
        return new Closing(id, org, deptGoal, anaGoal);
    }

    private CycleCloseView open(long cycleId, String username) {
        login(username);
        navigate("cycles/" + cycleId + "/close");
        return _get(CycleCloseView.class);
    }

    private static List<String> shownGoalIds() {
        return _find(Div.class, spec -> spec.withClasses("ladder-close-card")).stream()
                .map(d -> d.getId().orElseThrow()).toList();
    }

    @Test
    void theOwnerSeesTheirOpenGoalsAndAchievedRemovesOne() {
        Closing c = inClose();
        String name = cycles.findById(c.cycleId()).orElseThrow().name();
        open(c.cycleId(), c.org().username("ana"));

        assertThat(_get(H2.class, spec -> spec.withId("cycle-close-name")).getText()).contains(name);
        assertThat(shownGoalIds()).containsExactlyInAnyOrder("cycle-close-goal-" + c.unitGoal().id(),
                "cycle-close-goal-" + c.personalGoal().id());
        assertThat(_get(Anchor.class, spec -> spec.withId("cycle-close-goal-link-" + c.unitGoal().id())).getHref())
                .isEqualTo("goal/" + c.unitGoal().id());

        _click(_get(Button.class, spec -> spec.withId("cycle-close-achieve-" + c.personalGoal().id())));

        assertThat(shownGoalIds()).containsExactly("cycle-close-goal-" + c.unitGoal().id());
        assertThat(fixtures.as("hr", () -> goalQueries.goal(c.personalGoal().id())).status())
                .isEqualTo(GoalStatus.ACHIEVED);
        login(c.org().username("ana"));

        _click(_get(Button.class, spec -> spec.withId("cycle-close-achieve-" + c.unitGoal().id())));
        assertThat(shownGoalIds()).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("cycle-close-empty")).getText())
                .isEqualTo("Nothing left to close — all your goals of this cycle are decided.");
    }

    @Test
    void abandonWithoutAReasonShowsTheFieldErrorAndChangesNothing() {
        Closing c = inClose();
        open(c.cycleId(), c.org().username("ana"));

        _click(_get(Button.class, spec -> spec.withId("cycle-close-abandon-" + c.unitGoal().id())));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("cycle-close-abandon-reason"));
        reason.setValue("   ");
        _click(_get(Button.class, spec -> spec.withId("cycle-close-abandon-confirm")));

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why the goal is abandoned.");
        assertThat(fixtures.as("hr", () -> goalQueries.goal(c.unitGoal().id())).status())
                .isEqualTo(GoalStatus.ACTIVE);
        assertThat(shownGoalIds()).hasSize(2);
    }

    @Test
    void someoneWhoWasNotAskedIsToldSo() {
        Closing c = inClose();
        open(c.cycleId(), c.org().username("cara"));

        assertThat(_get(Paragraph.class, spec -> spec.withId("cycle-close-not-asked")).getText())
                .contains("you were not asked");
        assertThat(shownGoalIds()).isEmpty();
        assertThat(_find(Button.class)).noneMatch(b -> b.getId().orElse("").startsWith("cycle-close-achieve"));
    }

    @Test
    void someoneOutsideTheCycleGetsPageNotFoundWithoutItsName() {
        CyclePageFixtures.Scenario s = pages.atCascade();
        String name = cycles.findById(s.cycleId()).orElseThrow().name();

        for (String outsider : List.of("employee", "manager")) { // in no test cycle; heads none of its units
            login(outsider);
            navigate("cycles/" + s.cycleId() + "/close");
            _get(AccessDeniedView.class);
            assertThat(_find(CycleCloseView.class)).as(outsider).isEmpty();
            assertThat(_find(H2.class)).as(outsider).noneMatch(h -> h.getText().contains(name));
        }
        login("employee");
        navigate("cycles/999999999/close");
        _get(AccessDeniedView.class);

        login(s.org().username("cara")); // in the cycle: told she has nothing to close
        navigate("cycles/" + s.cycleId() + "/close");
        assertThat(_get(H2.class, spec -> spec.withId("cycle-close-name")).getText()).isEqualTo("Close " + name);
        _get(Paragraph.class, spec -> spec.withId("cycle-close-not-asked"));
    }
}
