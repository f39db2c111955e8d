package org.ladder.goals.ui;

import org.ladder.base.ui.Toasts;
import org.ladder.goals.workflow.GoalChangeProcess;
import org.ladder.tasks.AcknowledgementRefusedException;
import org.ladder.tasks.AcknowledgementService;
import org.ladder.tasks.CampaignSummary;
import org.ladder.tasks.TaskFormProvider;
import org.ladder.tasks.TaskInfo;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

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
        VerticalLayout form = new VerticalLayout();
        form.setId("goal-change-follow-up-form");
        form.setPadding(false);
        form.add(new Paragraph(c.acknowledged() + " of " + c.total() + " people (" + c.percent()
                + "%) have acknowledged “" + c.title() + "”. They were reminded and their managers were told. Chase "
                + "the rest, then close the acknowledgements."));
        form.add(new Anchor("acknowledgements", "See who is missing, per unit"));
        Button close = new Button("Close the acknowledgements");
        close.setId("close-goal-change-acknowledgements");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClickListener(e -> {
            try {
                acknowledgements.close(c.id());
                Toasts.success("Closed. Nobody is asked any more.");
                onCompleted.run();
            } catch (AcknowledgementRefusedException ex) {
                Toasts.error(ex.getMessage());
            }
        });
        form.add(close);
        return form;
    }
}
