package org.ladder.reviews.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ladder.reviews.QuestionType;
import org.ladder.reviews.RatingScale;
import org.ladder.reviews.ReviewLimits;
import org.ladder.reviews.ReviewQuestion;
import org.ladder.reviews.ReviewSection;
import org.ladder.reviews.ReviewStep;
import org.ladder.reviews.TemplateDraft;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

/**
 * The parts of a review template HR writes: its name, whether peers are asked, the deadline of each step, both
 * scales (name, number of points, a label per point) and the sections with their questions. Every part is bound
 * with a {@link Binder}; {@link #write()} gives the {@link TemplateDraft} once every field is valid, and
 * {@link #showErrors} puts the service's messages on their fields by key (“name”, “sections[0].title”,
 * “sections[0].questions[1].text”, “performanceScale.labels[2]”, “deadlineDays.SELF_REVIEW”…).
 */
class TemplateForm extends Div {

    /** The top fields' bean. */
    static final class Top {
        String name = "";
        boolean peersAsked;
        final Map<ReviewStep, Integer> deadlines = new EnumMap<>(ReviewStep.class);
    }

    final TextField name = new TextField("Template name");
    final Checkbox peersAsked = new Checkbox("Ask colleagues for input (up to " + ReviewLimits.MAX_PEERS + " per "
            + "person)");
    final Map<ReviewStep, IntegerField> deadlines = new EnumMap<>(ReviewStep.class);
    final ScaleEditor performance = new ScaleEditor("performanceScale", "Performance scale",
            "Is this person productive and skilled?");
    final ScaleEditor alignment = new ScaleEditor("alignmentScale", "Alignment scale",
            "Was this the right work, and does it ladder up to our goals?");
    final List<SectionEditor> sections = new ArrayList<>();
    final Div sectionsArea = new Div();
    final Button addSection = new Button("Add section", VaadinIcon.PLUS.create());
    final Paragraph formError = new Paragraph();
    private final Binder<Top> binder = new Binder<>();
    private final Top top = new Top();
    private int nextKey = 1;

    TemplateForm() {
        setId("template-form");
        addClassName("ladder-template-form");
        setWidthFull();
        formError.setId("template-error");
        formError.addClassName("ladder-form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);

        name.setId("template-name");
        ReviewFormat.limit(name, ReviewLimits.TEMPLATE_NAME_MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        binder.forField(name).asRequired("Give the template a name.")
                .bind(t -> t.name, (t, v) -> t.name = v == null ? "" : v);
        peersAsked.setId("template-peers");
        binder.forField(peersAsked).bind(t -> t.peersAsked, (t, v) -> t.peersAsked = Boolean.TRUE.equals(v));

        Div general = card("template-general", "General");
        general.add(name, peersAsked);

        Div timing = card("template-deadlines", "Deadlines");
        timing.add(hint("Days each step has once it starts; late steps remind, then go to the skip-level manager "
                + "after " + ReviewLimits.ESCALATE_AFTER_DAYS + " days and to HR after " + ReviewLimits.HR_AFTER_DAYS
                + "."));
        FlexLayout days = new FlexLayout();
        days.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        days.addClassName("ladder-template-deadlines");
        for (ReviewStep step : ReviewLimits.TIMED_STEPS) {
            IntegerField field = new IntegerField(ReviewFormat.step(step));
            field.setId("template-deadline-" + step.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            field.setMin(ReviewLimits.MIN_DEADLINE_DAYS);
            field.setMax(ReviewLimits.MAX_DEADLINE_DAYS);
            field.setStepButtonsVisible(true);
            field.setSuffixComponent(new com.vaadin.flow.component.html.Span("days"));
            binder.forField(field).asRequired("Give the days for this step.")
                    .withValidator(v -> v >= ReviewLimits.MIN_DEADLINE_DAYS && v <= ReviewLimits.MAX_DEADLINE_DAYS,
                            "From " + ReviewLimits.MIN_DEADLINE_DAYS + " to " + ReviewLimits.MAX_DEADLINE_DAYS
                                    + " days.")
                    .bind(t -> t.deadlines.get(step), (t, v) -> t.deadlines.put(step, v));
            deadlines.put(step, field);
            days.add(field);
        }
        timing.add(days);

        Div scales = new Div(performance, alignment);
        scales.addClassName("ladder-template-scales");

        Div questions = card("template-sections", "Sections and questions");
        questions.add(hint("Text questions get a written answer; rating questions a point of the performance scale. "
                + "Both the person and their manager answer them."));
        sectionsArea.addClassName("ladder-template-section-list");
        addSection.setId("template-add-section");
        addSection.addClickListener(e -> {
            SectionEditor s = addSection(new ReviewSection("", List.of()));
            s.addQuestion(new ReviewQuestion(newKey(), "", QuestionType.TEXT, true));
            s.title.focus();
        });
        questions.add(sectionsArea, addSection);
        add(formError, general, scales, timing, questions);
    }

    /** Shows a draft to edit (a new template starts from a sensible one). */
    void read(TemplateDraft draft) {
        top.name = draft.name() == null ? "" : draft.name();
        top.peersAsked = draft.peersAsked();
        top.deadlines.clear();
        top.deadlines.putAll(draft.allDeadlines());
        binder.readBean(top);
        performance.read(draft.performanceScale());
        alignment.read(draft.alignmentScale());
        sections.clear();
        sectionsArea.removeAll();
        nextKey = 1;
        for (ReviewSection s : draft.sections()) {
            for (ReviewQuestion q : s.questions()) {
                keyNumber(q.key()).ifPresent(n -> nextKey = Math.max(nextKey, n + 1));
            }
        }
        draft.sections().forEach(this::addSection);
        clearErrors();
    }

    /** The draft, or empty (with the fields marked) when a field is not valid. */
    Optional<TemplateDraft> write() {
        clearErrors();
        boolean ok = binder.writeBeanIfValid(top);
        ok &= performance.valid();
        ok &= alignment.valid();
        for (SectionEditor s : sections) {
            ok &= s.valid();
        }
        if (!ok) {
            showFormError("Some fields need a look: see the messages below.");
            return Optional.empty();
        }
        List<ReviewSection> drafts = sections.stream().map(SectionEditor::section).toList();
        return Optional.of(new TemplateDraft(top.name.trim(), drafts, performance.scale(), alignment.scale(),
                top.peersAsked, new EnumMap<>(top.deadlines)));
    }

    /** The service's messages on their fields; the rest above the form. */
    void showErrors(Map<String, String> errors) {
        Map<String, HasValidation> fields = fieldsByKey();
        List<String> general = new ArrayList<>();
        errors.forEach((key, message) -> {
            HasValidation field = fields.get(key);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                general.add(message);
            }
        });
        showFormError(general.isEmpty() ? "Some fields need a look: see the messages below."
                : String.join(" ", general));
    }

    Map<String, HasValidation> fieldsByKey() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("name", name);
        deadlines.forEach((step, field) -> fields.put("deadlineDays." + step.name(), field));
        performance.fields(fields);
        alignment.fields(fields);
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).fields("sections[" + i + "]", fields);
        }
        return fields;
    }

    private void showFormError(String message) {
        formError.setText(message);
        formError.setVisible(true);
    }

    private void clearErrors() {
        formError.setVisible(false);
        fieldsByKey().values().forEach(f -> f.setInvalid(false));
    }

    private SectionEditor addSection(ReviewSection section) {
        SectionEditor editor = new SectionEditor(section);
        sections.add(editor);
        sectionsArea.add(editor);
        renumber();
        return editor;
    }

    private void renumber() {
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).number(i);
        }
        addSection.setEnabled(sections.size() < ReviewLimits.MAX_SECTIONS);
    }

    private int questionCount() {
        return sections.stream().mapToInt(s -> s.questions.size()).sum();
    }

    private String newKey() {
        return "q" + nextKey++;
    }

    private static Optional<Integer> keyNumber(String key) {
        if (key != null && key.matches("q[0-9]{1,6}")) {
            return Optional.of(Integer.parseInt(key.substring(1)));
        }
        return Optional.empty();
    }

    static Div card(String id, String title) {
        Div card = new Div(new H3(title));
        card.setId(id);
        card.addClassNames("ladder-card", "ladder-template-card");
        return card;
    }

    static Paragraph hint(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("ladder-hint");
        return p;
    }

    /** One scale: its name, how many points, and a label per point. */
    static final class ScaleEditor extends Div {

        static final class Bean {
            String name = "";
            Integer points = 5;
        }

        private final String key;
        final TextField scaleName = new TextField("Name of the scale");
        final IntegerField points = new IntegerField("Points");
        final Div labelsArea = new Div();
        final List<TextField> labels = new ArrayList<>();
        private final Binder<Bean> binder = new Binder<>();
        private final Bean bean = new Bean();

        ScaleEditor(String key, String title, String question) {
            this.key = key;
            String id = key.equals("performanceScale") ? "template-performance" : "template-alignment";
            setId(id);
            addClassNames("ladder-card", "ladder-template-card");
            add(new H3(title), hint(question));
            scaleName.setId(id + "-name");
            ReviewFormat.limit(scaleName, ReviewLimits.SCALE_NAME_MAX_LENGTH);
            scaleName.setWidthFull();
            binder.forField(scaleName).asRequired("Give the scale a name.")
                    .bind(b -> b.name, (b, v) -> b.name = v == null ? "" : v);
            points.setId(id + "-points");
            points.setMin(ReviewLimits.MIN_SCALE_POINTS);
            points.setMax(ReviewLimits.MAX_SCALE_POINTS);
            points.setStepButtonsVisible(true);
            points.setHelperText("From " + ReviewLimits.MIN_SCALE_POINTS + " to " + ReviewLimits.MAX_SCALE_POINTS
                    + "; 1 is the lowest");
            binder.forField(points).asRequired("Give the number of points.")
                    .withValidator(v -> v >= ReviewLimits.MIN_SCALE_POINTS && v <= ReviewLimits.MAX_SCALE_POINTS,
                            "From " + ReviewLimits.MIN_SCALE_POINTS + " to " + ReviewLimits.MAX_SCALE_POINTS
                                    + " points.")
                    .bind(b -> b.points, (b, v) -> b.points = v);
            points.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null && e.getValue() >= ReviewLimits.MIN_SCALE_POINTS
                        && e.getValue() <= ReviewLimits.MAX_SCALE_POINTS) {
                    resize(e.getValue());
                }
            });
            labelsArea.addClassName("ladder-template-labels");
            add(scaleName, points, labelsArea);
        }

        void read(RatingScale scale) {
            bean.name = scale == null ? "" : scale.name();
            List<String> texts = scale == null ? List.of() : scale.labels();
            bean.points = texts.isEmpty() ? 5 : texts.size();
            binder.readBean(bean);
            labels.clear();
            labelsArea.removeAll();
            resize(bean.points);
            for (int i = 0; i < texts.size(); i++) {
                labels.get(i).setValue(texts.get(i));
            }
        }

        private void resize(int n) {
            while (labels.size() > n) {
                labelsArea.remove(labels.remove(labels.size() - 1));
            }
            while (labels.size() < n) {
                TextField label = new TextField("Label of " + (labels.size() + 1));
                label.setId(getId().orElseThrow() + "-label-" + (labels.size() + 1));
                ReviewFormat.limit(label, ReviewLimits.SCALE_LABEL_MAX_LENGTH);
                label.setRequiredIndicatorVisible(true);
                label.setWidthFull();
                labels.add(label);
                labelsArea.add(label);
            }
        }

        boolean valid() {
            boolean ok = binder.writeBeanIfValid(bean);
            if (ok && labels.size() != bean.points) {
                resize(bean.points);
            }
            for (TextField label : labels) {
                boolean blank = label.getValue().isBlank();
                label.setInvalid(blank);
                label.setErrorMessage(blank ? "Give this point a label." : null);
                ok &= !blank;
            }
            return ok;
        }

        RatingScale scale() {
            return new RatingScale(bean.name.trim(), labels.stream().map(l -> l.getValue().trim()).toList());
        }

        void fields(Map<String, HasValidation> fields) {
            fields.put(key, points);
            fields.put(key + ".name", scaleName);
            fields.put(key + ".labels", points);
            for (int i = 0; i < labels.size(); i++) {
                fields.put(key + ".labels[" + i + "]", labels.get(i));
            }
        }
    }

    /** One section: its title and its questions. */
    final class SectionEditor extends Div {

        static final class Bean {
            String title = "";
        }

        final H4 heading = new H4();
        final TextField title = new TextField("Section title");
        final Div questionsArea = new Div();
        final List<QuestionRow> questions = new ArrayList<>();
        final Button addQuestion = new Button("Add question", VaadinIcon.PLUS.create());
        final Button remove = new Button("Remove section", VaadinIcon.TRASH.create());
        private final Binder<Bean> binder = new Binder<>();
        private final Bean bean = new Bean();

        SectionEditor(ReviewSection section) {
            addClassName("ladder-template-section");
            ReviewFormat.limit(title, ReviewLimits.SECTION_TITLE_MAX_LENGTH);
            title.setRequiredIndicatorVisible(true);
            title.setWidthFull();
            binder.forField(title).asRequired("Give the section a title.")
                    .bind(b -> b.title, (b, v) -> b.title = v == null ? "" : v);
            bean.title = section.title() == null ? "" : section.title();
            binder.readBean(bean);
            questionsArea.addClassName("ladder-template-questions");
            addQuestion.addThemeVariants(ButtonVariant.LUMO_SMALL);
            addQuestion.addClickListener(e -> addQuestion(new ReviewQuestion(newKey(), "", QuestionType.TEXT, true))
                    .text.focus());
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.addClickListener(e -> {
                sections.remove(this);
                sectionsArea.remove(this);
                renumber();
                refreshLimits();
            });
            FlexLayout buttons = new FlexLayout(addQuestion, remove);
            buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            buttons.addClassName("ladder-template-buttons");
            add(heading, title, questionsArea, buttons);
            section.questions().forEach(this::addQuestion);
        }

        void number(int index) {
            heading.setText("Section " + (index + 1));
            setId("template-section-" + index);
            title.setId("template-section-" + index + "-title");
            for (int j = 0; j < questions.size(); j++) {
                questions.get(j).number(index, j);
            }
        }

        QuestionRow addQuestion(ReviewQuestion q) {
            QuestionRow row = new QuestionRow(this, q);
            questions.add(row);
            questionsArea.add(row);
            number(sections.indexOf(this) < 0 ? sections.size() : sections.indexOf(this));
            refreshLimits();
            return row;
        }

        void removeQuestion(QuestionRow row) {
            questions.remove(row);
            questionsArea.remove(row);
            number(sections.indexOf(this));
            refreshLimits();
        }

        boolean valid() {
            boolean ok = binder.writeBeanIfValid(bean);
            for (QuestionRow q : questions) {
                ok &= q.valid();
            }
            return ok;
        }

        ReviewSection section() {
            return new ReviewSection(bean.title.trim(), questions.stream().map(QuestionRow::question).toList());
        }

        void fields(String prefix, Map<String, HasValidation> fields) {
            fields.put(prefix + ".title", title);
            fields.put(prefix + ".questions", title);
            for (int j = 0; j < questions.size(); j++) {
                String q = prefix + ".questions[" + j + "]";
                fields.put(q + ".text", questions.get(j).text);
                fields.put(q, questions.get(j).text);
                fields.put(q + ".key", questions.get(j).text);
                fields.put(q + ".type", questions.get(j).type);
            }
        }
    }

    private void refreshLimits() {
        boolean room = questionCount() < ReviewLimits.MAX_QUESTIONS;
        sections.forEach(s -> s.addQuestion.setEnabled(room));
    }

    /** One question: its text, its kind and whether it must be answered. */
    final class QuestionRow extends FlexLayout {

        static final class Bean {
            String text = "";
            QuestionType type = QuestionType.TEXT;
            boolean required = true;
        }

        private final String key;
        final TextField text = new TextField("Question");
        final Select<QuestionType> type = new Select<>();
        final Checkbox required = new Checkbox("Required");
        final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        private final Binder<Bean> binder = new Binder<>();
        private final Bean bean = new Bean();

        QuestionRow(SectionEditor section, ReviewQuestion q) {
            this.key = q.key();
            addClassName("ladder-template-question");
            setFlexWrap(FlexWrap.WRAP);
            setAlignItems(FlexComponent.Alignment.BASELINE);
            ReviewFormat.limit(text, ReviewLimits.QUESTION_TEXT_MAX_LENGTH);
            text.setRequiredIndicatorVisible(true);
            text.addClassName("ladder-template-question-text");
            binder.forField(text).asRequired("Write the question.")
                    .bind(b -> b.text, (b, v) -> b.text = v == null ? "" : v);
            type.setLabel("Answer");
            type.setItems(QuestionType.values());
            type.setItemLabelGenerator(t -> t == QuestionType.TEXT ? "Text" : "Rating");
            type.addClassName("ladder-template-question-type");
            binder.forField(type).asRequired("Choose the kind of answer.").bind(b -> b.type, (b, v) -> b.type = v);
            binder.forField(required).bind(b -> b.required, (b, v) -> b.required = Boolean.TRUE.equals(v));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClickListener(e -> section.removeQuestion(this));
            bean.text = q.text() == null ? "" : q.text();
            bean.type = q.type() == null ? QuestionType.TEXT : q.type();
            bean.required = q.required();
            binder.readBean(bean);
            add(text, type, required, remove);
        }

        void number(int section, int index) {
            String id = "template-section-" + section + "-question-" + index;
            setId(id);
            text.setId(id + "-text");
            text.setLabel("Question " + (index + 1));
            type.setId(id + "-type");
            required.setId(id + "-required");
            remove.setId(id + "-remove");
            remove.setAriaLabel("Remove question " + (index + 1) + " of section " + (section + 1));
        }

        boolean valid() {
            return binder.writeBeanIfValid(bean);
        }

        ReviewQuestion question() {
            return new ReviewQuestion(key, bean.text.trim(), bean.type, bean.required);
        }
    }
}
