package org.ladder.goals.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalLimits;
import org.ladder.goals.GoalQueries;
import org.ladder.goals.GoalRef;
import org.ladder.goals.GoalApprovals;
import org.ladder.goals.GoalStatus;
import org.ladder.goals.KeyResultView;
import org.ladder.goals.OrphanResolution;
import org.ladder.goals.OrphanReviews;
import org.ladder.goals.RevisionEntry;
import org.ladder.goals.workflow.GoalApprovalProcess;
import org.ladder.goals.workflow.OrphanGoalProcess;
import org.ladder.tasks.TaskFormActions;
import org.ladder.tasks.TaskFormProvider;
import org.ladder.tasks.TaskInfo;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The forms of the goal processes' tasks: the manager approves or returns a goal (or a change to an active one), the
 * owner revises a returned goal and resubmits or withdraws it, and a manager resolves an orphan goal (align it,
 * justify it, retire it).
 */
@org.springframework.stereotype.Component
class GoalTaskForms implements TaskFormProvider {

    private static final Set<String> APPROVAL_TASKS = Set.of(GoalApprovalProcess.TASK_APPROVE,
            GoalApprovalProcess.TASK_REVISE);

    private final GoalApprovals goals;
    private final OrphanReviews orphans;
    private final GoalQueries queries;

    GoalTaskForms(GoalApprovals goals, OrphanReviews orphans, GoalQueries queries) {
        this.orphans = orphans;
        this.goals = goals;
        this.queries = queries;
    }

    @Override
    public boolean supports(TaskInfo task) {
        return (GoalApprovalProcess.KEY.equals(task.processDefinitionKey())
                && APPROVAL_TASKS.contains(task.taskDefinitionKey()))
                || (OrphanGoalProcess.KEY.equals(task.processDefinitionKey())
                        && OrphanGoalProcess.TASK_RESOLVE.equals(task.taskDefinitionKey()));
    }

    @Override
    public Component createForm(TaskInfo task, Runnable onCompleted) {
        GoalDetails goal = queries.goal(goals.goalOfTask(task.id()));
        return switch (task.taskDefinitionKey()) {
            case GoalApprovalProcess.TASK_APPROVE -> approveForm(task, goal, onCompleted);
            case GoalApprovalProcess.TASK_REVISE -> reviseForm(task, goal, onCompleted);
            default -> orphanForm(task, goal, onCompleted);
        };
    }

    private Component approveForm(TaskInfo task, GoalDetails goal, Runnable onCompleted) {
        VerticalLayout form = form("goal-approval-form");
        boolean change = goal.status() == GoalStatus.ACTIVE;
        form.add(new Paragraph(change
                ? goal.ownerName() + " changed an active goal. Approve the change, or return it with a comment."
                : goal.ownerName() + " submitted a new goal. Approve it to make it active, or return it with a "
                        + "comment."));
        form.add(summary(goal));
        if (change) {
            queries.revisions(goal.id()).stream().findFirst().ifPresent(r -> form.add(whatChanged(r)));
        }
        TextArea comment = new TextArea("Comment");
        comment.setId("goal-approval-comment");
        comment.setWidthFull();
        comment.setMaxLength(GoalLimits.COMMENT_MAX_LENGTH);
        comment.setHelperText("Required when you return the goal.");
        Button approve = new Button("Approve");
        approve.setId("approve-goal");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button giveBack = new Button("Return for changes");
        giveBack.setId("return-goal");
        approve.addClickListener(e -> act(comment, onCompleted, () -> goals.approve(task.id(), comment.getValue()),
                "You approved “" + goal.title() + "”."));
        giveBack.addClickListener(e -> {
            if (comment.getValue().isBlank()) {
                comment.setErrorMessage("Say what should change.");
                comment.setInvalid(true);
                return;
            }
            act(comment, onCompleted, () -> goals.returnForChanges(task.id(), comment.getValue()),
                    "You returned “" + goal.title() + "” to " + goal.ownerName() + ".");
        });
        form.add(comment, new HorizontalLayout(approve, giveBack));
        return form;
    }

    private Component reviseForm(TaskInfo task, GoalDetails goal, Runnable onCompleted) {
        VerticalLayout form = form("goal-revise-form");
        Div returned = new Div(new H3("What your manager said"));
        returned.addClassName("ladder-callout");
        Paragraph comment = new Paragraph(goal.returnComment() == null ? "(no comment)" : goal.returnComment());
        comment.setId("goal-revise-comment");
        returned.add(comment);
        form.add(returned, summary(goal));
        var edit = GoalBits.editLink(goal.id(), "Edit the goal");
        edit.setId("goal-revise-edit");
        form.add(new Paragraph(edit), new Paragraph("Edit the goal first, then resubmit it. Or withdraw it: it stays "
                + "a draft you can submit later."));
        Paragraph error = new Paragraph();
        error.setId("goal-revise-error");
        error.addClassName("ladder-error-text");
        error.setVisible(false);
        Button resubmit = new Button("Resubmit for approval");
        resubmit.setId("resubmit-goal");
        resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resubmit.addClickListener(e -> TaskFormActions.complete(() -> goals.resubmit(task.id()),
                "Sent for approval again.", onCompleted, TaskFormActions.in(error)));
        Button withdraw = new Button("Withdraw");
        withdraw.setId("withdraw-goal");
        // a returned change of an active goal cannot be withdrawn: the service says why, shown like any broken rule
        withdraw.addClickListener(e -> TaskFormActions.complete(() -> goals.withdraw(task.id()),
                "Withdrawn: “" + goal.title() + "” stays a draft.", onCompleted, TaskFormActions.in(error)));
        form.add(error, new HorizontalLayout(resubmit, withdraw));
        return form;
    }

    private Component orphanForm(TaskInfo task, GoalDetails goal, Runnable onCompleted) {
        VerticalLayout form = form("goal-orphan-form");
        form.add(new Paragraph("“" + goal.title() + "” (" + GoalBits.meta(goal.level(), goal.ownerName())
                + ") ladders up to nothing" + (goal.orphanSince() == null ? "."
                        : " since " + GoalBits.DATE_TIME.format(goal.orphanSince()) + ".")
                + " Align it to a goal, justify why it stands alone, or retire it."));
        form.add(summary(goal));
        RadioButtonGroup<OrphanResolution> decision = new RadioButtonGroup<>("Decision");
        decision.setId("orphan-decision");
        decision.setItems(OrphanResolution.values());
        decision.setItemLabelGenerator(r -> switch (r) {
            case ALIGN -> "Align it to a goal";
            case JUSTIFY -> "Keep it as it is (justified)";
            case RETIRE -> "Retire it (abandon)";
        });
        ComboBox<GoalRef> parent = new ComboBox<>("New parent goal");
        parent.setId("orphan-parent");
        parent.setWidthFull();
        parent.setItemLabelGenerator(r -> r.title() + " — " + GoalBits.meta(r.level(), r.ownerName()));
        parent.setItems(q -> {
            int upTo = Math.min(200, q.getOffset() + q.getLimit());
            if (q.getOffset() >= upTo) {
                return Stream.empty();
            }
            return queries.parentCandidates(goal.level(), goal.ownerUnitId(), q.getFilter().orElse(""), upTo)
                    .stream().filter(r -> r.id() != goal.id()).skip(q.getOffset()).limit(q.getLimit());
        }).setIdentifierProvider(GoalRef::id);
        TextArea reason = new TextArea("Reason");
        reason.setId("orphan-reason");
        reason.setWidthFull();
        reason.setMaxLength(GoalLimits.REASON_MAX_LENGTH);
        parent.setVisible(false);
        reason.setVisible(false);
        decision.addValueChangeListener(e -> {
            parent.setVisible(e.getValue() == OrphanResolution.ALIGN);
            reason.setVisible(e.getValue() != null);
            reason.setHelperText(e.getValue() == OrphanResolution.ALIGN ? "Optional."
                    : "Required: it is kept with the goal.");
        });
        Button resolve = new Button("Decide");
        resolve.setId("resolve-orphan");
        resolve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resolve.addClickListener(e -> {
            decision.setInvalid(false);
            parent.setInvalid(false);
            reason.setInvalid(false);
            OrphanResolution r = decision.getValue();
            if (r == null) {
                decision.setErrorMessage("Choose what happens to the goal.");
                decision.setInvalid(true);
                return;
            }
            TaskFormActions.complete(() -> {
                boolean applied = orphans.resolveOrphan(task.id(), r, r == OrphanResolution.ALIGN
                        && parent.getValue() != null ? parent.getValue().id() : null,
                        reason.getValue().isBlank() ? null : reason.getValue().trim());
                return !applied ? "“" + goal.title() + "” is no longer an orphan (it was aligned, justified or "
                        + "closed meanwhile): nothing left to decide." : switch (r) {
                    case ALIGN -> "“" + goal.title() + "” is aligned to “" + parent.getValue().title() + "”.";
                    case JUSTIFY -> "“" + goal.title() + "” stays, marked justified.";
                    case RETIRE -> "“" + goal.title() + "” was retired.";
                };
            }, onCompleted, ex -> ex.fieldErrors().forEach((key, message) -> {
                    if (key.equals("parent")) {
                        parent.setErrorMessage(message);
                        parent.setInvalid(true);
                    } else if (key.equals("reason")) {
                        reason.setErrorMessage(message);
                        reason.setInvalid(true);
                    } else {
                        decision.setErrorMessage(message);
                        decision.setInvalid(true);
                    }
                }));
        });
        form.add(decision, parent, reason, resolve);
        return form;
    }

    /** Title (a link), owner, period, parent, key results. */
    private static Component summary(GoalDetails goal) {
        Div box = new Div();
        box.setId("goal-task-summary");
        box.addClassNames("ladder-card", "ladder-goal-summary");
        H4 title = new H4();
        title.add(GoalBits.link(goal.id(), goal.title()));
        box.add(title);
        Span meta = new Span(GoalBits.meta(goal.level(), goal.ownerName()) + " · "
                + GoalBits.period(goal.periodStart(), goal.periodEnd()) + " · " + goal.visibility().label());
        meta.addClassName("ladder-hint");
        box.add(meta);
        Div parent = new Div(new Span("Ladders up to: "));
        if (goal.parent() != null) {
            parent.add(GoalBits.link(goal.parent()));
        } else {
            parent.add(GoalBits.marker("Orphan", "orphan", "Aligned to nothing"));
        }
        box.add(parent);
        if (goal.description() != null && !goal.description().isBlank()) {
            box.add(new Paragraph(goal.description()));
        }
        List<KeyResultView> krs = goal.keyResults();
        if (!krs.isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (KeyResultView kr : krs) {
                list.add(new ListItem(kr.name() + ": " + GoalBits.number(kr.baseline(), kr.type()) + " → "
                        + GoalBits.number(kr.target(), kr.type()) + (kr.unit() == null ? "" : " " + kr.unit())
                        + " (weight " + kr.weight() + "%, now " + GoalBits.number(kr.current(), kr.type()) + ")"));
            }
            box.add(list);
        }
        return box;
    }

    private static Component whatChanged(RevisionEntry r) {
        Div box = new Div(new H3("What changed"));
        box.setId("goal-task-changes");
        box.addClassName("ladder-callout");
        UnorderedList list = new UnorderedList();
        r.changes().forEach(c -> list.add(new ListItem(c)));
        box.add(list);
        if (r.reason() != null && !r.reason().isBlank()) {
            box.add(new Paragraph("Why: " + r.reason()));
        }
        return box;
    }

    private static VerticalLayout form(String id) {
        VerticalLayout form = new VerticalLayout();
        form.setId(id);
        form.setPadding(false);
        return form;
    }

    private static void act(TextArea comment, Runnable onCompleted, Runnable action, String success) {
        comment.setInvalid(false);
        TaskFormActions.complete(action, success, onCompleted, TaskFormActions.on(comment, "comment"));
    }
}
