package org.ladder.goals.ui;

import org.ladder.goals.workflow.GoalChangeProcess;
import org.ladder.tasks.AcknowledgementService;
import org.ladder.tasks.CampaignFollowUpForm;
import org.ladder.tasks.CampaignSummary;
import org.ladder.tasks.TaskFormProvider;
import org.ladder.tasks.TaskInfo;

import com.vaadin.flow.component.Component;

/**
 * HR's follow-up of a goal change whose acknowledgements are still missing after the reminder rounds: chase the
 * rest, then close the acknowledgements (which ends the process).
 */
@org.springframework.stereotype.Component
class GoalChangeTaskForms implements TaskFormProvider {

    private final AcknowledgementService acknowledgements;

    GoalChangeTaskForms(AcknowledgementService acknowledgements) {
        this.acknowledgements = acknowledgements;
    }

    @Override
    public boolean supports(TaskInfo task) {
        return GoalChangeProcess.KEY.equals(task.processDefinitionKey())
                && GoalChangeProcess.TASK_HR_FOLLOW_UP.equals(task.taskDefinitionKey());
    }

    @Override
    public Component createForm(TaskInfo task, Runnable onCompleted) {
        long revisionId = GoalChangeProcess.revisionId(task.businessKey());
        CampaignSummary c = acknowledgements.campaignFor(GoalChangeProcess.SUBJECT, revisionId).orElseThrow();
        return CampaignFollowUpForm.of(acknowledgements, c, "“" + c.title() + "”",
                "They were reminded and their managers were told.", "goal-change-follow-up-form",
                "close-goal-change-acknowledgements", onCompleted);
    }
}
