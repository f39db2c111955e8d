package org.ladder.conversations.ui;

import org.ladder.base.ValidationException;
import org.ladder.base.ui.Formats;
import org.ladder.base.ui.Toasts;
import org.ladder.conversations.FeedbackLimits;
import org.ladder.conversations.FeedbackRequests;
import org.ladder.goals.GoalRef;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;

/**
 * Ask a colleague for feedback, optionally about one of your goals, with a note: they get a task with a due date
 * and a reminder, and you are told when they answer or decline.
 */
class RequestFeedbackDialog extends Dialog {

    static final class Form {
        private PersonSummary colleague;
        private GoalRef goal;
        private String note = "";

        public PersonSummary getColleague() { return colleague; }
        public void setColleague(PersonSummary v) { colleague = v; }
        public GoalRef getGoal() { return goal; }
        public void setGoal(GoalRef v) { goal = v; }
        public String getNote() { return note; }
        public void setNote(String v) { note = v; }
    }

    private final transient FeedbackRequests requests;
    private final Runnable afterRequest;
    final ComboBox<PersonSummary> colleague = new ComboBox<>("Ask");
    final ComboBox<GoalRef> goal = new ComboBox<>("About one of your goals (optional)");
    final TextArea note = new TextArea("What would you like feedback on? (optional)");
    final Button send = new Button("Ask for feedback");
    private final Binder<Form> binder = new Binder<>(Form.class);
    private final Form form = new Form();

    RequestFeedbackDialog(FeedbackRequests requests, PeopleService people, long me, PersonSummary preset,
            Runnable afterRequest) {
        this.requests = requests;
        this.afterRequest = afterRequest;
        setId("request-feedback-dialog");
        setHeaderTitle("Ask for feedback");
        setWidth("min(40rem, 95vw)");

        colleague.setId("request-colleague");
        colleague.setItemLabelGenerator(p -> p.displayName() + (p.jobTitle() == null ? "" : " · " + p.jobTitle()));
        colleague.setItems(q -> people.directory(q.getFilter().orElse(""), false, q.getOffset(), q.getLimit())
                .stream().filter(p -> p.id() != me));
        colleague.setPlaceholder("Search by name");
        colleague.setWidthFull();
        goal.setId("request-goal");
        goal.setItems(requests.myGoals());
        goal.setItemLabelGenerator(GoalRef::title);
        goal.setClearButtonVisible(true);
        goal.setWidthFull();
        note.setId("request-note");
        FeedbackFields.limited(note, FeedbackLimits.NOTE_MAX_LENGTH);
        note.setWidthFull();

        binder.forField(colleague).asRequired("Choose whom to ask.").bind(Form::getColleague, Form::setColleague);
        binder.forField(goal).bind(Form::getGoal, Form::setGoal);
        binder.forField(note).withValidator(new StringLengthValidator("At most " + FeedbackLimits.NOTE_MAX_LENGTH
                + " characters.", 0, FeedbackLimits.NOTE_MAX_LENGTH)).bind(Form::getNote, Form::setNote);
        form.setColleague(preset);
        binder.readBean(form);

        Paragraph how = new Paragraph("They get a task to answer within "
                + Formats.duration(requests.dueIn()) + ", with a reminder. Their answer is "
                + "visible to you; they may also decline. You can withdraw the request while it is open.");
        how.addClassName("ladder-hint");
        FormLayout layout = new FormLayout(colleague, goal, note, how);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(layout);

        send.setId("send-feedback-request");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send());
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("cancel-request-feedback");
        getFooter().add(cancel, send);
    }

    void send() {
        colleague.setInvalid(false);
        goal.setInvalid(false);
        note.setInvalid(false);
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            requests.request(form.getColleague().id(), form.getGoal() == null ? null : form.getGoal().id(),
                    form.getNote());
            Toasts.success("You asked " + form.getColleague().displayName() + " for feedback.");
            close();
            afterRequest.run();
        } catch (ValidationException ex) {
            ex.fieldErrors().forEach((key, message) -> {
                HasValidation field = switch (key) {
                    case "colleague" -> colleague;
                    case "goal" -> goal;
                    default -> note;
                };
                field.setErrorMessage(message);
                field.setInvalid(true);
            });
        }
    }
}
