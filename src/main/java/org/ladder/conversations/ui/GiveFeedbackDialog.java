package org.ladder.conversations.ui;

import java.util.List;

import org.ladder.base.ValidationException;
import org.ladder.base.ui.Toasts;
import org.ladder.conversations.FeedbackDraft;
import org.ladder.conversations.FeedbackGiving;
import org.ladder.conversations.FeedbackKind;
import org.ladder.conversations.FeedbackLimits;
import org.ladder.conversations.FeedbackVisibility;
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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Give feedback: to whom (searched as you type), praise or constructive, optionally about one of their goals or a
 * value of the charter, who may read it (with a plain explanation), and the text. Bound with a {@link Binder}; the
 * service checks everything again and its field errors are shown on the fields; nothing is saved then.
 */
class GiveFeedbackDialog extends Dialog {

    enum About {
        NOTHING("Nothing in particular"), GOAL("One of their goals"), VALUE("One of our values");

        final String label;

        About(String label) {
            this.label = label;
        }
    }

    /** What the form edits. */
    static final class Form {
        private PersonSummary receiver;
        private FeedbackKind kind;
        private About about = About.NOTHING;
        private GoalRef goal;
        private String value;
        private FeedbackVisibility visibility = FeedbackVisibility.RECEIVER;
        private String text = "";

        public PersonSummary getReceiver() { return receiver; }
        public void setReceiver(PersonSummary v) { receiver = v; }
        public FeedbackKind getKind() { return kind; }
        public void setKind(FeedbackKind v) { kind = v; }
        public About getAbout() { return about; }
        public void setAbout(About v) { about = v; }
        public GoalRef getGoal() { return goal; }
        public void setGoal(GoalRef v) { goal = v; }
        public String getValue() { return value; }
        public void setValue(String v) { value = v; }
        public FeedbackVisibility getVisibility() { return visibility; }
        public void setVisibility(FeedbackVisibility v) { visibility = v; }
        public String getText() { return text; }
        public void setText(String v) { text = v; }
    }

    private final transient FeedbackGiving giving;
    private final Runnable afterGive;
    final ComboBox<PersonSummary> receiver = new ComboBox<>("To");
    final RadioButtonGroup<FeedbackKind> kind = new RadioButtonGroup<>("Kind");
    final RadioButtonGroup<About> about = new RadioButtonGroup<>("About");
    final ComboBox<GoalRef> goal = new ComboBox<>("Goal");
    final ComboBox<String> value = new ComboBox<>("Value");
    final RadioButtonGroup<FeedbackVisibility> visibility = new RadioButtonGroup<>("Who may read it");
    final Paragraph whoReads = new Paragraph();
    final TextArea text = new TextArea("Your feedback");
    final Button give = new Button("Give feedback");
    private final Binder<Form> binder = new Binder<>(Form.class);
    private final Form form = new Form();
    private final List<String> values;

    GiveFeedbackDialog(FeedbackGiving giving, PeopleService people, long me, PersonSummary preset,
            Runnable afterGive) {
        this.giving = giving;
        this.afterGive = afterGive;
        this.values = giving.valueChoices();
        setId("give-feedback-dialog");
        setHeaderTitle("Give feedback");
        setWidth("min(40rem, 95vw)");

        receiver.setId("feedback-receiver");
        receiver.setItemLabelGenerator(p -> p.displayName() + (p.jobTitle() == null ? "" : " · " + p.jobTitle()));
        receiver.setItems(q -> people.directory(q.getFilter().orElse(""), false, q.getOffset(), q.getLimit())
                .stream().filter(p -> p.id() != me));
        receiver.setPlaceholder("Search by name");
        receiver.setWidthFull();

        kind.setId("feedback-kind");
        kind.setItems(FeedbackKind.values());
        kind.setItemLabelGenerator(k -> k == FeedbackKind.PRAISE ? "Praise: what went well"
                : "Constructive: what could be better");

        about.setId("feedback-about");
        about.setItems(About.values());
        about.setItemLabelGenerator(a -> a.label);
        about.setItemEnabledProvider(a -> a != About.VALUE || !values.isEmpty());
        goal.setId("feedback-goal");
        goal.setItemLabelGenerator(GoalRef::title);
        goal.setWidthFull();
        value.setId("feedback-value");
        value.setItems(values);
        value.setWidthFull();
        goal.setVisible(false);
        value.setVisible(false);

        visibility.setId("feedback-visibility");
        visibility.setItems(FeedbackVisibility.values());
        visibility.setItemLabelGenerator(v -> v == FeedbackVisibility.RECEIVER ? "Visible to them"
                : "Private to their managers");
        whoReads.setId("feedback-who-reads");
        whoReads.addClassName("ladder-hint");

        text.setId("feedback-text");
        FeedbackFields.limited(text, FeedbackLimits.TEXT_MAX_LENGTH);
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.addValueChangeListener(e -> text.setHelperText(e.getValue().length() + " / "
                + FeedbackLimits.TEXT_MAX_LENGTH));
        text.setHelperText("0 / " + FeedbackLimits.TEXT_MAX_LENGTH);

        binder.forField(receiver).asRequired("Choose who gets your feedback.").bind(Form::getReceiver,
                Form::setReceiver);
        binder.forField(kind).asRequired("Choose praise or constructive.").bind(Form::getKind, Form::setKind);
        binder.forField(about).bind(Form::getAbout, Form::setAbout);
        binder.forField(goal).bind(Form::getGoal, Form::setGoal);
        binder.forField(value).bind(Form::getValue, Form::setValue);
        binder.forField(visibility).asRequired("Choose who may read it.").bind(Form::getVisibility,
                Form::setVisibility);
        binder.forField(text).asRequired("Write your feedback.")
                .withValidator(new StringLengthValidator("At most " + FeedbackLimits.TEXT_MAX_LENGTH
                        + " characters.", 0, FeedbackLimits.TEXT_MAX_LENGTH))
                .bind(Form::getText, Form::setText);

        receiver.addValueChangeListener(e -> receiverChanged());
        about.addValueChangeListener(e -> {
            goal.setVisible(e.getValue() == About.GOAL);
            value.setVisible(e.getValue() == About.VALUE);
        });
        visibility.addValueChangeListener(e -> explain());

        form.setReceiver(preset);
        binder.readBean(form);
        receiverChanged();

        FormLayout layout = new FormLayout(receiver, kind, about, goal, value, visibility, whoReads, text);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(layout);

        give.setId("give-feedback");
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        give.addClickListener(e -> give());
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("cancel-give-feedback");
        getFooter().add(cancel, give);
    }

    private void receiverChanged() {
        PersonSummary to = receiver.getValue();
        List<GoalRef> goals = to == null ? List.of() : giving.goalChoices(to.id());
        goal.setItems(goals);
        goal.clear();
        about.setItemEnabledProvider(a -> a == About.NOTHING || (a == About.GOAL && !goals.isEmpty())
                || (a == About.VALUE && !values.isEmpty()));
        if (about.getValue() == About.GOAL && goals.isEmpty()) {
            about.setValue(About.NOTHING);
        }
        about.setHelperText(to == null ? null : goals.isEmpty() && values.isEmpty()
                ? "They have no goal you can see, and no charter is published yet."
                : goals.isEmpty() ? "They have no goal you can see." : null);
        explain();
    }

    private void explain() {
        PersonSummary to = receiver.getValue();
        FeedbackVisibility v = visibility.getValue();
        if (v == null) {
            whoReads.setText("");
        } else if (to == null) {
            whoReads.setText(v == FeedbackVisibility.RECEIVER
                    ? "They read it, and so do their managers and HR. They are told about it."
                    : "Only their managers and HR read it. They never see it and are not told about it.");
        } else {
            whoReads.setText(giving.whoReads(to.id(), v));
        }
    }

    void give() {
        List.<HasValidation>of(receiver, kind, goal, value, visibility, text).forEach(f -> f.setInvalid(false));
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        if (form.getAbout() == About.GOAL && form.getGoal() == null) {
            invalid(goal, "Choose one of their goals, or say it is about nothing in particular.");
            return;
        }
        if (form.getAbout() == About.VALUE && (form.getValue() == null || form.getValue().isBlank())) {
            invalid(value, "Choose one of our values, or say it is about nothing in particular.");
            return;
        }
        FeedbackDraft draft = new FeedbackDraft(form.getReceiver().id(), form.getKind(),
                form.getAbout() == About.GOAL ? form.getGoal().id() : null,
                form.getAbout() == About.VALUE ? form.getValue() : null, form.getVisibility(), form.getText());
        try {
            giving.give(draft);
            Toasts.success(form.getVisibility() == FeedbackVisibility.RECEIVER
                    ? "Your feedback for " + form.getReceiver().displayName() + " was given."
                    : "Your private feedback about " + form.getReceiver().displayName()
                            + " was given to their managers.");
            close();
            afterGive.run();
        } catch (ValidationException ex) {
            ex.fieldErrors().forEach((key, message) -> invalid(switch (key) {
                case "receiver" -> receiver;
                case "kind" -> kind;
                case "visibility" -> visibility;
                case "about" -> form.getAbout() == About.VALUE ? value : goal;
                default -> text;
            }, message));
        }
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
