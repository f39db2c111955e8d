package org.ladder.reviews.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ladder.reviews.GoalResult;
import org.ladder.reviews.QuestionType;
import org.ladder.reviews.RatingScale;
import org.ladder.reviews.ReviewAnswers;
import org.ladder.reviews.ReviewLimits;
import org.ladder.reviews.ReviewQuestion;
import org.ladder.reviews.ReviewSection;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;

/**
 * What a self review and a manager review have in common: per goal of the period a result and a comment, and the
 * template's questions (a text, or a point of the performance scale). Bound with one {@link Binder} per goal and one
 * for the questions; the service's field errors land on their fields by key ({@link #fields}).
 */
class AnswersForm extends Div {

    /** A goal of the period as the form shows it: its title and a line about where it stands. */
    record GoalLine(long id, String title, String facts) {
    }

    /** One goal's answer (the binder's bean). */
    static final class GoalEntry {
        GoalResult result;
        String comment = "";
    }

    /** The questions' answers (the binder's bean). */
    static final class Questions {
        final Map<String, String> texts = new HashMap<>();
        final Map<String, Integer> ratings = new HashMap<>();
    }

    private final String prefix;
    private final Map<Long, Binder<GoalEntry>> goalBinders = new LinkedHashMap<>();
    private final Map<Long, GoalEntry> goalEntries = new LinkedHashMap<>();
    private final Binder<Questions> questionBinder = new Binder<>();
    private final Questions questions = new Questions();
    /** The fields by the service's keys. */
    final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /**
     * @param prefix   the ids' prefix (“self”, “manager”)
     * @param goalHelp what the comment asks for (“What you did and learnt”)
     * @param extra    shown under each goal's title (the self review next to the manager's fields), or none
     */
    AnswersForm(String prefix, List<GoalLine> goals, List<ReviewSection> sections, RatingScale performanceScale,
            ReviewAnswers existing, String goalHelp, java.util.function.Function<Long, Component> extra) {
        this.prefix = prefix;
        setId(prefix + "-answers");
        setWidthFull();
        ReviewAnswers answers = existing == null ? ReviewAnswers.none() : existing;
        Div goalsCard = TemplateForm.card(prefix + "-goals", "Goals of the period");
        if (goals.isEmpty()) {
            Paragraph none = new Paragraph("No goal of this period to review.");
            none.setId(prefix + "-goals-empty");
            none.addClassName("ladder-empty");
            goalsCard.add(none);
        }
        for (GoalLine goal : goals) {
            goalsCard.add(goalPart(goal, answers, goalHelp, extra));
        }
        add(goalsCard);
        for (int s = 0; s < sections.size(); s++) {
            ReviewSection section = sections.get(s);
            Div card = TemplateForm.card(prefix + "-section-" + s, section.title());
            for (ReviewQuestion q : section.questions()) {
                card.add(question(q, performanceScale, answers));
            }
            add(card);
        }
        questionBinder.setBean(questions);
    }

    private Div goalPart(GoalLine goal, ReviewAnswers answers, String goalHelp,
            java.util.function.Function<Long, Component> extra) {
        Div part = new Div();
        part.addClassName("ladder-review-goal");
        part.setId(prefix + "-goal-" + goal.id());
        H4 title = new H4(goal.title());
        part.add(title);
        if (goal.facts() != null && !goal.facts().isBlank()) {
            Span facts = new Span(goal.facts());
            facts.addClassName("ladder-hint");
            part.add(facts);
        }
        if (extra != null) {
            Component c = extra.apply(goal.id());
            if (c != null) {
                part.add(c);
            }
        }
        GoalEntry entry = new GoalEntry();
        answers.goals().stream().filter(a -> a.goalId() == goal.id()).findFirst().ifPresent(a -> {
            entry.result = a.result();
            entry.comment = a.comment() == null ? "" : a.comment();
        });
        int index = goalBinders.size();
        Binder<GoalEntry> binder = new Binder<>();
        RadioButtonGroup<GoalResult> result = new RadioButtonGroup<>("Result");
        result.setId(prefix + "-result-" + goal.id());
        result.setItems(GoalResult.values());
        result.setItemLabelGenerator(GoalResult::label);
        result.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        result.setRequiredIndicatorVisible(true);
        binder.forField(result).asRequired("Choose how this goal went.").bind(e -> e.result, (e, v) -> e.result = v);
        TextArea comment = new TextArea("Comment");
        comment.setId(prefix + "-comment-" + goal.id());
        ReviewFormat.limit(comment, ReviewLimits.ANSWER_MAX_LENGTH);
        comment.setHelperText(goalHelp);
        comment.setWidthFull();
        binder.forField(comment).bind(e -> e.comment, (e, v) -> e.comment = v == null ? "" : v);
        binder.setBean(entry);
        goalBinders.put(goal.id(), binder);
        goalEntries.put(goal.id(), entry);
        // the service keys a goal's answer by its place in the list the form sends (the order shown here)
        fields.put("goals[" + index + "]", result);
        fields.put("goals[" + index + "].result", result);
        fields.put("goals[" + index + "].comment", comment);
        part.add(result, comment);
        return part;
    }

    private Component question(ReviewQuestion q, RatingScale scale, ReviewAnswers answers) {
        String id = prefix + "-question-" + q.key();
        if (q.type() == QuestionType.RATING) {
            RadioButtonGroup<Integer> rating = ReviewFormat.ratingChoice(q.text(), scale);
            rating.setId(id);
            rating.setRequiredIndicatorVisible(q.required());
            var binding = questionBinder.forField(rating);
            if (q.required()) {
                binding = binding.asRequired("Choose a rating.");
            }
            binding.bind(a -> a.ratings.get(q.key()), (a, v) -> {
                if (v == null) {
                    a.ratings.remove(q.key());
                } else {
                    a.ratings.put(q.key(), v);
                }
            });
            if (answers.ratings().get(q.key()) != null) {
                questions.ratings.put(q.key(), answers.ratings().get(q.key()));
            }
            keys(q.key()).forEach(k -> fields.put(k, rating));
            return rating;
        }
        TextArea text = new TextArea(q.text());
        text.setId(id);
        ReviewFormat.limit(text, ReviewLimits.ANSWER_MAX_LENGTH);
        text.setWidthFull();
        text.setRequiredIndicatorVisible(q.required());
        var binding = questionBinder.forField(text);
        if (q.required()) {
            binding = binding.asRequired("Answer this question.");
        }
        binding.bind(a -> a.texts.getOrDefault(q.key(), ""), (a, v) -> {
            if (v == null || v.isBlank()) {
                a.texts.remove(q.key());
            } else {
                a.texts.put(q.key(), v);
            }
        });
        if (answers.texts().get(q.key()) != null) {
            questions.texts.put(q.key(), answers.texts().get(q.key()));
        }
        keys(q.key()).forEach(k -> fields.put(k, text));
        return text;
    }

    private static List<String> keys(String questionKey) {
        return List.of("texts." + questionKey, "ratings." + questionKey);
    }

    /** Whether every field is valid (marking those that are not). */
    boolean validate() {
        boolean ok = true;
        for (Binder<GoalEntry> b : goalBinders.values()) {
            ok &= b.validate().isOk();
        }
        return questionBinder.validate().isOk() && ok;
    }

    /** The answers as they stand. */
    ReviewAnswers answers() {
        List<ReviewAnswers.GoalAnswer> goals = new ArrayList<>();
        goalEntries.forEach((id, e) -> goals.add(new ReviewAnswers.GoalAnswer(id, e.result, e.comment.trim())));
        Map<String, String> texts = new HashMap<>();
        questions.texts.forEach((k, v) -> texts.put(k, v.trim()));
        return new ReviewAnswers(goals, texts, Map.copyOf(questions.ratings));
    }

    void clearErrors() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /** Puts a message on its field; false when no field has that key. */
    boolean show(String key, String message) {
        HasValidation field = fields.get(key);
        if (field == null) {
            return false;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }

    Optional<HasValidation> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    static H3 heading(String text) {
        return new H3(text);
    }
}
