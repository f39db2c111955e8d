package org.ladder.conversations.ui;

import java.util.List;

import org.ladder.base.ui.Formats;
import org.ladder.conversations.FeedbackAnswer;
import org.ladder.conversations.FeedbackGiving;
import org.ladder.conversations.FeedbackKind;
import org.ladder.conversations.FeedbackLimits;
import org.ladder.conversations.FeedbackRequestItem;
import org.ladder.conversations.FeedbackRequests;
import org.ladder.conversations.workflow.FeedbackRequestProcess;
import org.ladder.tasks.TaskFormActions;
import org.ladder.tasks.TaskFormProvider;
import org.ladder.tasks.TaskInfo;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

/**
 * The form of “Colleague: give feedback”: what the requester asked (about which goal, their note, the due date),
 * then either the feedback — kind, optionally a value, the text; it goes to the requester, who reads it — or a
 * decline with an optional reason. Either answer completes the task and tells the requester.
 */
@org.springframework.stereotype.Component
class FeedbackRequestTaskForm implements TaskFormProvider {

    /** What the answer form edits. */
    static final class Form {
        private FeedbackKind kind;
        private String value;
        private String text = "";

        public FeedbackKind getKind() { return kind; }
        public void setKind(FeedbackKind v) { kind = v; }
        public String getValue() { return value; }
        public void setValue(String v) { value = v; }
        public String getText() { return text; }
        public void setText(String v) { text = v; }
    }

    private final FeedbackRequests requests;
    private final FeedbackGiving giving;

    FeedbackRequestTaskForm(FeedbackRequests requests, FeedbackGiving giving) {
        this.requests = requests;
        this.giving = giving;
    }

    @Override
    public boolean supports(TaskInfo task) {
        return FeedbackRequestProcess.KEY.equals(task.processDefinitionKey())
                && FeedbackRequestProcess.TASK_GIVE.equals(task.taskDefinitionKey());
    }

    @Override
    public Component createForm(TaskInfo task, Runnable onCompleted) {
        FeedbackRequestItem request = requests.requestOfTask(task.id());
        VerticalLayout form = new VerticalLayout();
        form.setId("feedback-request-form");
        form.setPadding(false);
        String who = request.requesterName();
        Div asked = new Div(new Paragraph(who + " asks for your feedback"
                + (request.goalTitle() == null ? "." : FeedbackCardsText.about(request.goalTitle()))
                + " Please answer by " + Formats.date(request.dueAt()) + "."));
        asked.addClassName("ladder-callout");
        if (request.note() != null) {
            Paragraph note = new Paragraph("“" + request.note() + "”");
            note.setId("feedback-request-note");
            note.addClassName("ladder-feedback-text");
            asked.add(note);
        }
        form.add(asked);

        RadioButtonGroup<FeedbackKind> kind = new RadioButtonGroup<>("Kind");
        kind.setId("answer-kind");
        kind.setItems(FeedbackKind.values());
        kind.setItemLabelGenerator(k -> k == FeedbackKind.PRAISE ? "Praise: what went well"
                : "Constructive: what could be better");
        List<String> values = giving.valueChoices();
        ComboBox<String> value = new ComboBox<>("About one of our values (optional)");
        value.setId("answer-value");
        value.setItems(values);
        value.setClearButtonVisible(true);
        value.setVisible(!values.isEmpty());
        TextArea text = new TextArea("Your feedback");
        text.setId("answer-text");
        text.setWidthFull();
        text.setMinHeight("8em");
        FeedbackFields.limited(text, FeedbackLimits.TEXT_MAX_LENGTH);
        text.setHelperText(who + " reads it, and so do their managers and HR. For a word only to their managers, "
                + "use “Give feedback” on the feedback page instead.");

        Binder<Form> binder = new Binder<>(Form.class);
        binder.forField(kind).asRequired("Choose praise or constructive.").bind(Form::getKind, Form::setKind);
        binder.forField(value).bind(Form::getValue, Form::setValue);
        binder.forField(text).asRequired("Write your feedback, or decline below.")
                .withValidator(new StringLengthValidator("At most " + FeedbackLimits.TEXT_MAX_LENGTH
                        + " characters.", 0, FeedbackLimits.TEXT_MAX_LENGTH))
                .bind(Form::getText, Form::setText);
        Form bean = new Form();
        binder.readBean(bean);

        Button give = new Button("Give feedback");
        give.setId("answer-give");
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        give.addClickListener(e -> {
            List.<HasValidation>of(kind, value, text).forEach(f -> f.setInvalid(false));
            if (!binder.writeBeanIfValid(bean)) {
                return;
            }
            TaskFormActions.complete(() -> requests.give(task.id(), new FeedbackAnswer(bean.getKind(),
                    bean.getValue(), bean.getText())), "Your feedback went to " + who + ".", onCompleted,
                    ex -> ex.fieldErrors().forEach((key, message) -> {
                        HasValidation field = switch (key) {
                            case "kind" -> kind;
                            case "about" -> value;
                            default -> text;
                        };
                        field.setErrorMessage(message);
                        field.setInvalid(true);
                    }));
        });
        form.add(kind, value, text, give);

        TextArea reason = new TextArea("Why not? (optional)");
        reason.setId("decline-reason");
        reason.setWidthFull();
        FeedbackFields.limited(reason, FeedbackLimits.DECLINE_REASON_MAX_LENGTH);
        reason.setHelperText(who + " is told that you declined, with your reason if you give one.");
        Button decline = new Button("Decline the request");
        decline.setId("answer-decline");
        decline.addClickListener(e -> {
            reason.setInvalid(false);
            TaskFormActions.complete(() -> requests.decline(task.id(), reason.getValue()),
                    "You declined " + who + "'s request.", onCompleted, TaskFormActions.on(reason, "reason"));
        });
        Details declining = new Details("Decline instead", new VerticalLayout(reason, new HorizontalLayout(decline)));
        declining.setId("feedback-decline");
        form.add(declining);
        return form;
    }

    /** Words about the goal a request is about. */
    static final class FeedbackCardsText {
        private FeedbackCardsText() {
        }

        static String about(String goalTitle) {
            return "a private goal".equals(goalTitle) ? " about one of their private goals."
                    : " about their goal “" + goalTitle + "”.";
        }
    }
}
