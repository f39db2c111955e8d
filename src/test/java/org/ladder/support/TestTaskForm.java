package org.ladder.support;

import java.util.Map;

import org.ladder.tasks.InboxService;
import org.ladder.tasks.TaskFormActions;
import org.ladder.tasks.TaskFormProvider;
import org.ladder.tasks.TaskInfo;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** A task form for the test process {@value #PROCESS_KEY} only, as a feature module would supply one (test-only). */
@Component
public class TestTaskForm implements TaskFormProvider {

    public static final String PROCESS_KEY = "Test_InboxUi";

    private final InboxService inbox;

    TestTaskForm(InboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public boolean supports(TaskInfo task) {
        return PROCESS_KEY.equals(task.processDefinitionKey());
    }

    @Override
    public Div createForm(TaskInfo task, Runnable onCompleted) {
        Button complete = new Button("Approve", e -> TaskFormActions.complete(
                () -> inbox.complete(task.id(), Map.of("approved", true)), "You approved “" + task.name() + "”.",
                onCompleted, invalid -> {
                }));
        complete.setId("test-task-complete");
        Div form = new Div(new Paragraph("Test form for " + task.name()), complete);
        form.setId("test-task-form");
        return form;
    }
}
