package org.ladder.cycles.ui;

import java.time.Clock;

import org.ladder.base.ui.Formats;
import org.ladder.cycles.workflow.OnboardingProcess;
import org.ladder.tasks.TaskFormProvider;
import org.ladder.tasks.TaskInfo;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The form of “Employee: set your first goals with your manager” (onboarding, ADR 0029): what is asked, by when, and
 * the ways to the goal editor (route {@value #NEW_GOAL_ROUTE}) and to the unit's goals on the alignment tree. The
 * manager's approval of an aligned goal completes the task; there is nothing to submit here.
 */
@org.springframework.stereotype.Component
class OnboardingTaskForm implements TaskFormProvider {

    static final String NEW_GOAL_ROUTE = "goal/new";
    static final String TEAM_GOALS_ROUTE = "team-goals";

    private final Clock clock;

    OnboardingTaskForm(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean supports(TaskInfo task) {
        return OnboardingProcess.KEY.equals(task.processDefinitionKey())
                && OnboardingProcess.TASK_SET_FIRST_GOALS.equals(task.taskDefinitionKey());
    }

    @Override
    public Component createForm(TaskInfo task, Runnable onCompleted) {
        VerticalLayout form = new VerticalLayout();
        form.setId("onboarding-task-form");
        form.setPadding(false);
        Paragraph what = new Paragraph("Welcome! Draft at least one personal goal that ladders up to one of your "
                + "unit's goals, talk it through with your manager and submit it: once your manager approves it, "
                + "this task is done by itself.");
        what.setId("onboarding-task-what");
        form.add(what);
        if (task.due() != null) {
            Paragraph due = new Paragraph((task.isOverdue(clock.instant()) ? "It was due " : "It is due ")
                    + Formats.dateTime(task.due()) + ".");
            due.setId("onboarding-task-due");
            form.add(due);
        }
        Button draft = new Button("Draft a goal", e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(
                NEW_GOAL_ROUTE)));
        draft.setId("onboarding-task-draft");
        draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button team = new Button("Team goals", e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(
                TEAM_GOALS_ROUTE)));
        team.setId("onboarding-task-team");
        HorizontalLayout actions = new HorizontalLayout(draft, team);
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.add(actions);
        return form;
    }
}
