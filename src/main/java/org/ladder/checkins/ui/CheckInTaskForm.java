package org.ladder.checkins.ui;

import java.time.Clock;

import org.ladder.base.ui.Formats;
import org.ladder.checkins.CadenceTasks;
import org.ladder.tasks.TaskFormProvider;
import org.ladder.tasks.TaskInfo;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The form of “Employee: check in”: which period, when it is due, and the way to the check-in form (route
 * {@value #CHECK_IN_ROUTE}). Submitting a check-in there completes the task.
 */
@org.springframework.stereotype.Component
class CheckInTaskForm implements TaskFormProvider {

    static final String CHECK_IN_ROUTE = "check-in";

    private final Clock clock;

    CheckInTaskForm(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean supports(TaskInfo task) {
        return CadenceTasks.isCheckIn(task);
    }

    @Override
    public Component createForm(TaskInfo task, Runnable onCompleted) {
        VerticalLayout form = new VerticalLayout();
        form.setId("check-in-task-form");
        form.setPadding(false);
        Paragraph period = new Paragraph("Your check-in for " + lower(task.description()) + ".");
        period.setId("check-in-task-period");
        form.add(period);
        if (task.due() != null) {
            Paragraph due = new Paragraph((task.isOverdue(clock.instant()) ? "It was due " : "It is due ")
                    + Formats.dateTime(task.due()) + ". One form updates all your goals at once.");
            due.setId("check-in-task-due");
            form.add(due);
        }
        Button go = new Button("Check in now", e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(CHECK_IN_ROUTE)));
        go.setId("check-in-task-go");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(go);
        return form;
    }

    /** “Week of 7 Dec 2026” reads “the week of 7 Dec 2026” inside a sentence; “December 2026” stays. */
    static String lower(String label) {
        if (label == null || label.isBlank()) {
            return "this period";
        }
        return label.startsWith("Week") || label.startsWith("Two weeks") ? "the " + Character.toLowerCase(
                label.charAt(0)) + label.substring(1) : label;
    }
}
