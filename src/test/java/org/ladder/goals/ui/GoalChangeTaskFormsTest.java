package org.ladder.goals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ladder.support.GoalFixtures.HR;
import static org.ladder.support.GoalFixtures.MANAGER;
import static org.ladder.support.GoalFixtures.unique;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalQueries;
import org.ladder.goals.GoalTimings;
import org.ladder.goals.RevisionEntry;
import org.ladder.goals.workflow.GoalChangeProcess;
import org.ladder.support.GoalFixtures;
import org.ladder.support.KaribuTest;
import org.ladder.tasks.AcknowledgementCampaigns;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** HR's follow-up of a goal change nobody finished acknowledging: the task page shows how far it got and closes it. */
class GoalChangeTaskFormsTest extends KaribuTest {

    @Autowired
    GoalFixtures fixtures;
    @Autowired
    GoalQueries queries;
    @Autowired
    GoalTimings timings;
    @Autowired
    TaskService tasks;
    @Autowired
    AcknowledgementCampaigns campaigns;

    @Test
    void hrSeesWhoHasAcknowledgedAndClosesTheAcknowledgementsFromTheFollowUpTask() {
        long coreServices = fixtures.unitOf(MANAGER);
        GoalDetails department = fixtures.activeUnit(HR, fixtures.parentUnitOf(coreServices),
                unique("Follow-up department"), null);
        fixtures.activeUnit(MANAGER, coreServices, unique("Follow-up team"), department.id());
        fixtures.update(HR, department.id(), g -> GoalFixtures.withTarget(g, 40, "Budget cut"));
        signedIn.as(HR);
        RevisionEntry change = queries.revisions(department.id()).stream().filter(RevisionEntry::material).findFirst()
                .orElseThrow();
        String pi = fixtures.latestInstance(GoalChangeProcess.KEY, GoalChangeProcess.businessKey(change.id()));
        fixtures.runAsyncJobs(pi);
        for (int round = 1; round <= timings.changeRounds(); round++) {
            fixtures.fireTimer(pi, GoalChangeProcess.TIMER_REMIND);
            fixtures.fireTimer(pi, GoalChangeProcess.TIMER_ESCALATE);
        }
        Task followUp = tasks.createTaskQuery().processInstanceId(pi)
                .taskDefinitionKey(GoalChangeProcess.TASK_HR_FOLLOW_UP).singleResult();
        long campaign = campaigns.campaignFor(GoalChangeProcess.SUBJECT, change.id()).orElseThrow().id();

        login(HR);
        navigate("task/" + followUp.getId());
        _get(Button.class, b -> b.withId("task-claim")).click();
        VerticalLayout form = _get(VerticalLayout.class, v -> v.withId("goal-change-follow-up-form"));
        assertThat(form.getChildren().filter(Paragraph.class::isInstance).map(p -> ((Paragraph) p).getText())
                .findFirst().orElseThrow()).startsWith("0 of 1 people (0%) have acknowledged");
        _get(Button.class, b -> b.withId("close-goal-change-acknowledgements")).click();

        assertThat(campaigns.campaign(campaign).closedAt()).isNotNull();
        assertThat(fixtures.isRunning(pi)).isFalse();
        assertThat(fixtures.endEvents(pi)).contains(GoalChangeProcess.END_CLOSED);
    }
}
