package org.ladder.tasks.ui;

import java.time.Clock;
import java.util.Optional;

import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.security.Role;
import org.ladder.base.ui.Toasts;
import org.ladder.tasks.ClosedTask;
import org.ladder.tasks.InboxService;
import org.ladder.tasks.TaskAlreadyCompletedException;
import org.ladder.tasks.TaskFormProvider;
import org.ladder.tasks.TaskInfo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * One task: what it is about, when it is due, and its form, which comes from the module that owns the task
 * ({@link TaskFormProvider}). Only the assignee gets the form; an unassigned task offers "Claim" first.
 */
@Route("task")
@PermitAll
public class TaskView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final String GONE = "This task is no longer open (it may have been completed by someone else).";
    static final String NO_FORM = "This task has no form in Ladder; open it in Tasklist.";

    private final transient InboxService inbox;
    private final transient ObjectProvider<TaskFormProvider> forms;
    private final transient TaskFormat format;
    private final transient CurrentUser currentUser;
    private LadderUser user;
    private String title = "Task";

    public TaskView(InboxService inbox, CurrentUser currentUser, Clock clock, ObjectProvider<TaskFormProvider> forms) {
        this.inbox = inbox;
        this.forms = forms;
        this.format = new TaskFormat(clock);
        this.currentUser = currentUser;
        setId("task-view");
        addClassName("ladder-task");
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        show(taskId);
    }

    private void show(String taskId) {
        user = currentUser.require();
        removeAll();
        inbox.task(taskId).ifPresentOrElse(this::show, () -> showGone(taskId));
    }

    /** What became of the task: completed by the caller, by a colleague, or withdrawn (as far as they may know). */
    private void showGone(String taskId) {
        Optional<ClosedTask> closed = inbox.closedTask(taskId);
        title = closed.filter(ClosedTask::completed).isPresent() ? "Task completed" : "Task not open";
        Paragraph gone = new Paragraph(closed.map(this::whatBecameOf).orElse(GONE));
        gone.setId("task-gone");
        add(new H2(title), gone, backLink());
    }

    private String whatBecameOf(ClosedTask task) {
        String name = "“" + (task.name() == null || task.name().isBlank() ? "Untitled task" : task.name()) + "”";
        String when = task.endedAt() == null ? "" : " on " + format.dateTime(task.endedAt());
        if (!task.completed()) {
            return name + " was withdrawn" + when + ": it is no longer needed. Nothing is left to do.";
        }
        if (task.byCaller()) {
            return "You completed " + name + when + ". Nothing is left to do.";
        }
        return name + " was completed" + (task.completedByName() == null ? "" : " by " + task.completedByName())
                + when + ". Nothing is left to do.";
    }

    private void show(TaskInfo task) {
        title = TaskFormat.name(task);
        H2 name = new H2(TaskFormat.name(task));
        name.setId("task-name");
        add(name);
        if (task.description() != null && !task.description().isBlank()) {
            Paragraph description = new Paragraph(task.description());
            description.setId("task-description");
            add(description);
        }
        Div facts = new Div();
        facts.addClassName("ladder-facts");
        facts.add(fact("Process", TaskFormat.processName(task.processDefinitionKey()), "task-process"));
        Span due = format.due(task);
        if (task.due() == null) {
            due.setText("No due date");
        }
        due.setId("task-due");
        facts.add(fact("Due", due));
        facts.add(fact("Assigned to", task.assignee() == null ? "Nobody yet (offered to "
                + format.offeredTo(task) + ")" : task.assigneeName(), "task-assignee"));
        facts.add(fact("Created", format.dateTime(task.created()), "task-created"));
        add(facts);

        Div work = new Div();
        work.setId("task-work");
        work.setWidthFull();
        if (user.getUsername().equals(task.assignee())) {
            work.add(form(task));
        } else if (task.assignee() == null) {
            Button claim = new Button("Claim this task", e -> claim(task));
            claim.setId("task-claim");
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            work.add(new Paragraph("This task is offered to your group. Claim it to work on it; colleagues then see "
                    + "that you took it."), claim);
        } else {
            Paragraph readOnly = new Paragraph("Assigned to " + task.assigneeName() + ": only they can work on it.");
            readOnly.setId("task-read-only");
            work.add(readOnly);
        }
        add(work, backLink());
    }

    private Component form(TaskInfo task) {
        Optional<TaskFormProvider> provider = forms.orderedStream().filter(p -> p.supports(task)).findFirst();
        if (provider.isEmpty()) {
            Paragraph none = new Paragraph(NO_FORM);
            none.setId("task-no-form");
            Div box = new Div(none);
            box.addClassName("ladder-empty");
            if (user.hasRole(Role.ADMIN)) {
                Anchor tasklist = new Anchor("camunda/app/tasklist/default/#/?task=" + task.id(), "Open in Tasklist");
                tasklist.setTarget("_blank");
                box.add(tasklist);
            }
            return box;
        }
        Component form = provider.get().createForm(task, this::completed);
        Div wrapper = new Div(form);
        wrapper.setId("task-form");
        wrapper.setWidthFull();
        return wrapper;
    }

    private void claim(TaskInfo task) {
        try {
            inbox.claim(task.id());
            Toasts.success("You claimed “" + TaskFormat.name(task) + "”.");
        } catch (TaskAlreadyCompletedException | AccessDeniedException | IllegalStateException e) {
            Toasts.error(e.getMessage());
        }
        show(task.id());
    }

    /** The form has said what was done (one toast, see {@code TaskFormActions}); back to the inbox. */
    private void completed() {
        UI.getCurrent().navigate(InboxView.class);
    }

    private static RouterLink backLink() {
        RouterLink back = new RouterLink("Back to my tasks", InboxView.class);
        back.setId("task-back");
        return back;
    }

    private static Div fact(String label, String value, String id) {
        Span v = new Span(value == null ? "" : value);
        v.setId(id);
        return fact(label, v);
    }

    private static Div fact(String label, Span value) {
        Span l = new Span(label);
        l.addClassName("ladder-fact-label");
        Div fact = new Div(l, value);
        fact.addClassName("ladder-fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
