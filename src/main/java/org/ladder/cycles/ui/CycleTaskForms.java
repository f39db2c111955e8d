package org.ladder.cycles.ui;

import java.util.Map;
import java.util.Set;

import org.ladder.base.ui.Formats;
import org.ladder.charter.CharterOutline;
import org.ladder.charter.CharterService;
import org.ladder.cycles.CycleDecisions;
import org.ladder.cycles.CycleWorkflow;
import org.ladder.cycles.workflow.AlignmentCycleProcess;
import org.ladder.cycles.workflow.UnitCascadeProcess;
import org.ladder.people.PeopleService;
import org.ladder.tasks.TaskFormActions;
import org.ladder.tasks.TaskFormProvider;
import org.ladder.tasks.TaskInfo;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The forms of the cycle's people tasks in the inbox: leadership confirms the published charter or revises it
 * first; a unit's head adds the unit's goals (aligned to the level above) and says they are set; a person drafts
 * personal goals, whose approval completes the task. Each completes through {@link CycleDecisions}, which checks that
 * the task is the caller's and the cycle runs.
 */
@org.springframework.stereotype.Component
class CycleTaskForms implements TaskFormProvider {

    private static final Map<String, Set<String>> TASKS = Map.of(
            AlignmentCycleProcess.KEY, Set.of(AlignmentCycleProcess.TASK_CONFIRM_CHARTER),
            UnitCascadeProcess.KEY, Set.of(UnitCascadeProcess.TASK_SET_UNIT_GOALS),
            UnitCascadeProcess.PERSON_KEY, Set.of(UnitCascadeProcess.TASK_DRAFT_PERSONAL_GOALS));

    private final CycleDecisions decisions;
    private final CharterService charter;
    private final PeopleService people;

    CycleTaskForms(CycleDecisions decisions, CharterService charter, PeopleService people) {
        this.decisions = decisions;
        this.charter = charter;
        this.people = people;
    }

    @Override
    public boolean supports(TaskInfo task) {
        return TASKS.getOrDefault(task.processDefinitionKey(), Set.of()).contains(task.taskDefinitionKey());
    }

    @Override
    public Component createForm(TaskInfo task, Runnable onCompleted) {
        return switch (task.taskDefinitionKey()) {
            case AlignmentCycleProcess.TASK_CONFIRM_CHARTER -> confirmCharter(task, onCompleted);
            case UnitCascadeProcess.TASK_SET_UNIT_GOALS -> unitGoals(task, decisions.task(task.id()), onCompleted);
            default -> personalGoals(task, onCompleted);
        };
    }

    private Component confirmCharter(TaskInfo task, Runnable onCompleted) {
        VerticalLayout form = form("cycle-confirm-charter-form");
        Paragraph error = error();
        CharterOutline published = charter.outline().orElse(null);
        if (published == null) {
            form.add(new Paragraph("No charter is published yet. Revise it: the cycle goes on once a version is "
                    + "published."));
        } else {
            Div outline = new Div(new H3("The published charter"), new Paragraph(published.mission()));
            outline.setId("cycle-charter-outline");
            outline.addClassName("ladder-callout");
            if (!published.pillars().isEmpty()) {
                UnorderedList pillars = new UnorderedList();
                published.pillars().forEach(p -> pillars.add(new ListItem(p)));
                outline.add(new Paragraph("Strategic pillars:"), pillars);
            }
            form.add(new Paragraph("The cycle's cascade starts from the charter leadership confirms here. Confirm "
                    + "it as it is, or revise it first: the cycle then waits until a new version is published."),
                    outline, new Anchor("charter", "Read the whole charter"));
        }
        Button confirm = new Button("Confirm the charter");
        confirm.setId("cycle-confirm-charter");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(published != null);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> TaskFormActions.complete(() -> decisions.confirmCharter(task.id()),
                "You confirmed the charter: the cascade starts.", onCompleted, again(error, confirm)));
        Button revise = new Button("Revise it first");
        revise.setId("cycle-revise-charter");
        revise.setDisableOnClick(true);
        revise.addClickListener(e -> TaskFormActions.complete(() -> decisions.reviseCharter(task.id()),
                "The cycle waits for the new charter version: draft it under Mission & strategy.", onCompleted,
                again(error, revise)));
        form.add(error, buttons(confirm, revise));
        return form;
    }

    private Component unitGoals(TaskInfo task, CycleWorkflow.CycleTask cycleTask, Runnable onCompleted) {
        VerticalLayout form = form("cycle-unit-goals-form");
        Paragraph error = error();
        Long unitId = cycleTask.subjectId();
        String unit = unitId == null ? "your unit" : people.unit(unitId).map(u -> u.name()).orElse("your unit");
        Paragraph what = new Paragraph("Set the goals of " + unit + " for this cycle, each aligned to a goal of the "
                + "level above" + (task.due() == null ? "" : ", by " + Formats.date(task.due())) + ". Then say so "
                + "here: the unit's people start on their personal goals, and the units below on theirs.");
        what.setId("cycle-unit-goals-what");
        Anchor add = new Anchor("goal/new?level=UNIT" + (unitId == null ? "" : "&unit=" + unitId),
                "Add a goal of " + unit);
        add.setId("cycle-add-unit-goal");
        Anchor team = new Anchor("team-goals", "See the team's goals");
        Button done = new Button("The unit's goals are set");
        done.setId("cycle-unit-goals-set");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setDisableOnClick(true);
        done.addClickListener(e -> TaskFormActions.complete(() -> decisions.unitGoalsSet(task.id()),
                "The goals of " + unit + " are set: its people start on theirs.", onCompleted, again(error, done)));
        form.add(what, buttons(add, team), error, buttons(done));
        return form;
    }

    private Component personalGoals(TaskInfo task, Runnable onCompleted) {
        VerticalLayout form = form("cycle-personal-goals-form");
        Paragraph error = error();
        Paragraph what = new Paragraph("Draft your goals for this cycle, each aligned to a goal of your unit"
                + (task.due() == null ? "" : ", and get them approved by " + Formats.date(task.due()))
                + ". Submit a goal for approval: your manager's approval completes this task.");
        what.setId("cycle-personal-goals-what");
        Anchor add = new Anchor("goal/new?level=PERSONAL", "Draft a goal");
        add.setId("cycle-add-personal-goal");
        Anchor ladder = new Anchor("ladder", "See my ladder");
        Button done = new Button("My goals are approved");
        done.setId("cycle-personal-goals-set");
        done.setDisableOnClick(true);
        done.addClickListener(e -> TaskFormActions.complete(() -> decisions.personalGoalsSet(task.id()),
                "Your goals for the cycle are set.", onCompleted, again(error, done)));
        form.add(what, buttons(add, ladder), error, buttons(done));
        return form;
    }

    private static VerticalLayout form(String id) {
        VerticalLayout form = new VerticalLayout();
        form.setId(id);
        form.setPadding(false);
        return form;
    }

    private static Paragraph error() {
        Paragraph error = new Paragraph();
        error.addClassName("ladder-error-text");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        return error;
    }

    /** Shows the refusal and lets the person try again. */
    private static java.util.function.Consumer<org.ladder.base.ValidationException> again(Paragraph error,
            Button button) {
        return e -> {
            TaskFormActions.in(error).accept(e);
            button.setEnabled(true);
        };
    }

    private static FlexLayout buttons(Component... parts) {
        FlexLayout row = new FlexLayout(parts);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        row.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        return row;
    }
}
