package org.ladder.checkins.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ladder.base.ConcurrentEditException;
import org.ladder.base.ValidationException;
import org.ladder.base.ui.Formats;
import org.ladder.base.ui.Toasts;
import org.ladder.checkins.CheckInDraft;
import org.ladder.checkins.CheckInForm;
import org.ladder.checkins.CheckInLimits;
import org.ladder.checkins.CheckInQueries;
import org.ladder.checkins.CheckIns;
import org.ladder.checkins.LatestCheckIn;
import org.ladder.goals.Confidence;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.KeyResultView;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * The signed-in person's check-in: every active goal at once — per key result a field suited to its type, a
 * confidence, blockers and a comment — and the alignment pulse. Bound with a {@link Binder} per goal; the service's
 * field errors are shown on their fields (keys of {@link CheckInDraft}).
 */
@Route("check-in")
@PageTitle("Check-in")
@Menu(order = 8, title = "Check-in", icon = "vaadin:check-circle-o")
@PermitAll
class CheckInFormView extends VerticalLayout implements BeforeEnterObserver {

    static final List<String> PULSE_WORDS = List.of("Not at all", "A little", "Somewhat", "Mostly", "Completely");

    private final transient CheckIns checkIns;
    private final transient CheckInQueries queries;

    /** One goal's part of the form: its bean, binder and the fields by service key. */
    static final class GoalPart {
        final GoalDetails goal;
        final Binder<Entry> binder = new Binder<>();
        final Entry entry = new Entry();

        GoalPart(GoalDetails goal) {
            this.goal = goal;
        }
    }

    /** What the person enters for one goal (the binder's bean). */
    static final class Entry {
        Confidence confidence;
        String blockers = "";
        String comment = "";
        final Map<Long, BigDecimal> values = new LinkedHashMap<>();
    }

    /** The pulse's bean. */
    static final class Pulse {
        Integer score;
        String line = "";
    }

    final List<GoalPart> parts = new ArrayList<>();
    final Map<String, HasValidation> fields = new LinkedHashMap<>();
    final Binder<Pulse> pulseBinder = new Binder<>();
    final Pulse pulse = new Pulse();
    final Paragraph formError = new Paragraph();
    final Button submit = new Button("Submit check-in");

    CheckInFormView(CheckIns checkIns, CheckInQueries queries) {
        this.checkIns = checkIns;
        this.queries = queries;
        setId("check-in-form");
        addClassName("ladder-check-in");
        setMaxWidth("56rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(queries.form());
    }

    private void show(CheckInForm form) {
        removeAll();
        parts.clear();
        fields.clear();
        add(new H2("Check-in"));
        if (!form.hasGoals()) {
            Paragraph none = new Paragraph("You have no active goal to check in on. ");
            none.add(new Anchor("ladder", "Plan or see your goals on My ladder"));
            none.setId("check-in-empty");
            none.addClassName("ladder-empty");
            add(none);
            return;
        }
        Paragraph intro = new Paragraph(form.lastCheckInAt() == null ? "Your first check-in: where each goal stands "
                + "now, and how confident you are." : "Your last check-in was on " + Formats.date(form.lastCheckInAt())
                + ". Where does each goal stand now?");
        intro.setId("check-in-intro");
        add(intro);
        formError.setId("check-in-error");
        formError.addClassName("ladder-form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);
        add(formError);
        for (GoalDetails goal : form.goals()) {
            GoalPart part = new GoalPart(goal);
            parts.add(part);
            add(goalCard(part, form.latest().get(goal.id())));
        }
        add(pulseCard(form));
        submit.setId("check-in-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit());
        add(submit);
    }

    private Div goalCard(GoalPart part, LatestCheckIn latest) {
        GoalDetails goal = part.goal;
        Div card = new Div();
        card.addClassNames("ladder-card", "ladder-check-in-goal");
        card.setId("check-in-goal-" + goal.id());
        card.setWidthFull();
        Anchor title = new Anchor("goal/" + goal.id(), goal.title());
        H3 heading = new H3(title);
        Span progress = new Span("Progress now " + Formats.percent(goal.progress())
                + (latest == null ? "" : " · last rated " + latest.confidence().label().toLowerCase() + " on "
                        + Formats.date(latest.at())));
        progress.addClassName("ladder-hint");
        card.add(heading, progress);
        for (KeyResultView kr : goal.keyResults()) {
            part.entry.values.put(kr.id(), kr.current());
            card.add(keyResultField(part, kr));
        }
        RadioButtonGroup<Confidence> confidence = new RadioButtonGroup<>("Confidence");
        confidence.setItems(Confidence.values());
        confidence.setItemLabelGenerator(Confidence::label);
        confidence.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        confidence.setId("confidence-" + goal.id());
        confidence.setRequiredIndicatorVisible(true);
        part.binder.forField(confidence).asRequired("Rate your confidence: on track, at risk or off track.")
                .bind(e -> e.confidence, (e, v) -> e.confidence = v);
        fields.put(CheckInDraft.confidenceField(goal.id()), confidence);

        TextArea blockers = new TextArea("Blockers");
        blockers.setId("blockers-" + goal.id());
        blockers.setMaxLength(CheckInLimits.BLOCKERS_MAX_LENGTH);
        blockers.setHelperText("What stands in the way, if anything");
        blockers.setWidthFull();
        part.binder.forField(blockers).bind(e -> e.blockers, (e, v) -> e.blockers = v);
        fields.put(CheckInDraft.blockersField(goal.id()), blockers);

        TextArea comment = new TextArea("Comment");
        comment.setId("comment-" + goal.id());
        comment.setMaxLength(CheckInLimits.COMMENT_MAX_LENGTH);
        comment.setWidthFull();
        part.binder.forField(comment).bind(e -> e.comment, (e, v) -> e.comment = v);
        fields.put(CheckInDraft.commentField(goal.id()), comment);
        card.add(confidence, blockers, comment);
        part.binder.setBean(part.entry);
        return card;
    }

    private com.vaadin.flow.component.Component keyResultField(GoalPart part, KeyResultView kr) {
        String id = "kr-" + kr.id();
        String key = CheckInDraft.valueField(part.goal.id(), kr.id());
        switch (kr.type()) {
            case BINARY -> {
                Checkbox done = new Checkbox(kr.name() + ": done");
                done.setId(id);
                part.binder.forField(done).bind(e -> e.values.get(kr.id()) != null
                        && e.values.get(kr.id()).signum() != 0, (e, v) -> e.values.put(kr.id(),
                                Boolean.TRUE.equals(v) ? BigDecimal.ONE : BigDecimal.ZERO));
                fields.put(key, done);
                return done;
            }
            case MILESTONE -> {
                IntegerField count = new IntegerField(kr.name() + " (milestones reached, of "
                        + kr.target().intValue() + ")");
                count.setId(id);
                count.setMin(0);
                count.setMax(kr.target().intValue());
                count.setStepButtonsVisible(true);
                count.setRequiredIndicatorVisible(true);
                part.binder.forField(count).asRequired("Give the number of milestones reached.")
                        .bind(e -> e.values.get(kr.id()) == null ? null : e.values.get(kr.id()).intValue(),
                                (e, v) -> e.values.put(kr.id(), v == null ? null : BigDecimal.valueOf(v)));
                fields.put(key, count);
                return count;
            }
            default -> {
                BigDecimalField value = new BigDecimalField(kr.name());
                value.setId(id);
                value.setWidthFull();
                value.setHelperText("From " + plain(kr.baseline()) + " to " + plain(kr.target())
                        + (kr.unit() == null ? "" : " " + kr.unit()));
                if (kr.unit() != null) {
                    value.setSuffixComponent(new Span(kr.unit()));
                }
                value.setRequiredIndicatorVisible(true);
                part.binder.forField(value).asRequired("Give the current value (the last one if nothing changed).")
                        .bind(e -> editable(e.values.get(kr.id())), (e, v) -> e.values.put(kr.id(), v));
                fields.put(key, value);
                return value;
            }
        }
    }

    private Div pulseCard(CheckInForm form) {
        Div card = new Div();
        card.addClassNames("ladder-card", "ladder-check-in-pulse");
        card.setId("check-in-pulse");
        card.setWidthFull();
        card.add(new H3("Alignment pulse"));
        Paragraph hint = new Paragraph("Optional and never shown per person: only groups of five or more answers are "
                + "reported." + (form.pulseScoreThisMonth() == null ? ""
                        : " You answered " + form.pulseScoreThisMonth() + " this month; answering again replaces it."));
        hint.addClassName("ladder-hint");
        RadioButtonGroup<Integer> score = new RadioButtonGroup<>("I see how my work contributes to our goals");
        score.setId("pulse-score");
        score.setItems(Arrays.asList(1, 2, 3, 4, 5));
        score.setItemLabelGenerator(i -> i + " — " + PULSE_WORDS.get(i - 1));
        score.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        pulseBinder.forField(score).bind(p -> p.score, (p, v) -> p.score = v);
        fields.put(CheckInDraft.PULSE_SCORE_FIELD, score);
        TextField line = new TextField("One line about it (optional)");
        line.setId("pulse-line");
        line.setMaxLength(CheckInLimits.PULSE_COMMENT_MAX_LENGTH);
        line.setWidthFull();
        pulseBinder.forField(line).bind(p -> p.line, (p, v) -> p.line = v);
        fields.put(CheckInDraft.PULSE_COMMENT_FIELD, line);
        Button clear = new Button("Clear my answer", e -> {
            score.clear();
            line.clear();
        });
        clear.setId("pulse-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        card.add(hint, score, line, clear);
        pulseBinder.setBean(pulse);
        return card;
    }

    void submit() {
        clearErrors();
        boolean valid = true;
        for (GoalPart part : parts) {
            valid &= part.binder.validate().isOk();
        }
        valid &= pulseBinder.validate().isOk();
        if (!valid) {
            showFormError("Some answers need a look: see the fields marked below.");
            submit.setEnabled(true);
            return;
        }
        List<CheckInDraft.GoalEntry> entries = parts.stream().map(p -> new CheckInDraft.GoalEntry(p.goal.id(),
                p.goal.version(), p.entry.values, p.entry.confidence, p.entry.blockers, p.entry.comment)).toList();
        try {
            checkIns.submit(new CheckInDraft(entries, pulse.score, pulse.line));
            Toasts.success("Checked in on " + entries.size() + (entries.size() == 1 ? " goal." : " goals."));
            getUI().ifPresent(ui -> ui.navigate("check-ins"));
        } catch (ValidationException e) {
            showErrors(e.fieldErrors());
            submit.setEnabled(true);
        } catch (ConcurrentEditException e) {
            showFormError(e.getMessage());
            Button reload = new Button("Reload the form", click -> show(queries.form()));
            reload.setId("check-in-reload");
            formError.add(reload);
            submit.setEnabled(true);
        }
    }

    void showErrors(Map<String, String> errors) {
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
        showFormError(general.isEmpty() ? "Some answers need a look: see the fields marked below."
                : String.join(" ", general));
    }

    private void showFormError(String message) {
        formError.removeAll();
        formError.setText(message);
        formError.setVisible(true);
    }

    private void clearErrors() {
        formError.setVisible(false);
        fields.values().forEach(f -> f.setInvalid(false));
    }

    private static BigDecimal editable(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private static String plain(BigDecimal value) {
        return Formats.number(value, 4);
    }
}
