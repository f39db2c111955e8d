package org.ladder.reviews;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ladder.reviews.domain.ReviewAnswer;
import org.ladder.reviews.domain.ReviewTemplateVersion;

/**
 * The rules of a review's answers, every broken one at once, keyed by field ({@code goals[0].result},
 * {@code texts.highlights}, {@code ratings.collaboration}, {@code performance}, {@code performanceJustification},
 * …). A draft may leave required answers out; a submission may not. Ratings only from the template's scales.
 */
final class ReviewRules {

    private ReviewRules() {
    }

    static Map<String, String> answers(ReviewAnswers answers, ReviewTemplateVersion template, Set<Long> goalIds,
            boolean submitting) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<ReviewAnswers.GoalAnswer> goals = answers.goals();
        java.util.HashSet<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < goals.size(); i++) {
            ReviewAnswers.GoalAnswer g = goals.get(i);
            String at = "goals[" + i + "]";
            if (g == null || !goalIds.contains(g.goalId())) {
                errors.put(at, "This goal is not one of the person's goals.");
                continue;
            }
            if (!seen.add(g.goalId())) {
                errors.put(at, "This goal is answered twice.");
            }
            if (submitting && g.result() == null) {
                errors.put(at + ".result", "Choose how this goal went.");
            }
            if (g.comment() != null && g.comment().length() > ReviewLimits.ANSWER_MAX_LENGTH) {
                errors.put(at + ".comment", "A comment can be at most " + ReviewLimits.ANSWER_MAX_LENGTH
                        + " characters.");
            }
        }
        RatingScale scale = template.performanceScale();
        Map<String, ReviewQuestion> questions = new LinkedHashMap<>();
        template.sections().forEach(s -> s.questions().forEach(q -> questions.put(q.key(), q)));
        answers.texts().forEach((key, text) -> {
            ReviewQuestion q = questions.get(key);
            if (q == null || q.type() != QuestionType.TEXT) {
                errors.put("texts." + key, "The template has no such text question.");
            } else if (text != null && text.length() > ReviewLimits.ANSWER_MAX_LENGTH) {
                errors.put("texts." + key, "An answer can be at most " + ReviewLimits.ANSWER_MAX_LENGTH
                        + " characters.");
            }
        });
        answers.ratings().forEach((key, rating) -> {
            ReviewQuestion q = questions.get(key);
            if (q == null || q.type() != QuestionType.RATING) {
                errors.put("ratings." + key, "The template has no such rating question.");
            } else if (rating != null && !TemplateRules.onScale(scale, rating)) {
                errors.put("ratings." + key, "Choose a rating from 1 to " + scale.points() + ".");
            }
        });
        if (submitting) {
            for (ReviewQuestion q : questions.values()) {
                if (!q.required()) {
                    continue;
                }
                if (q.type() == QuestionType.TEXT) {
                    String text = answers.texts().get(q.key());
                    if (text == null || text.isBlank()) {
                        errors.putIfAbsent("texts." + q.key(), "This question needs an answer.");
                    }
                } else if (answers.ratings().get(q.key()) == null) {
                    errors.putIfAbsent("ratings." + q.key(), "This question needs a rating.");
                }
            }
        }
        return errors;
    }

    static Map<String, String> manager(ManagerReviewDraft draft, ReviewTemplateVersion template, Set<Long> goalIds,
            boolean submitting) {
        Map<String, String> errors = answers(draft.answers(), template, goalIds, submitting);
        rating("performance", draft.performance(), draft.performanceJustification(), template.performanceScale(),
                submitting, errors);
        rating("alignment", draft.alignment(), draft.alignmentJustification(), template.alignmentScale(), submitting,
                errors);
        return errors;
    }

    private static void rating(String field, Integer rating, String justification, RatingScale scale,
            boolean submitting, Map<String, String> errors) {
        if (rating == null) {
            if (submitting) {
                errors.put(field, "Choose a " + scale.name().toLowerCase() + " rating.");
            }
        } else if (!TemplateRules.onScale(scale, rating)) {
            errors.put(field, "Choose a rating from 1 to " + scale.points() + " on the " + scale.name().toLowerCase()
                    + " scale.");
        }
        String why = justification == null ? "" : justification.trim();
        if (submitting && why.isEmpty()) {
            errors.put(field + "Justification", "Justify the " + scale.name().toLowerCase() + " rating.");
        } else if (why.length() > ReviewLimits.JUSTIFICATION_MAX_LENGTH) {
            errors.put(field + "Justification", "A justification can be at most "
                    + ReviewLimits.JUSTIFICATION_MAX_LENGTH + " characters.");
        }
    }

    static void text(String field, String text, int max, boolean required, String missing, Map<String, String> errors) {
        String t = text == null ? "" : text.trim();
        if (required && t.isEmpty()) {
            errors.put(field, missing);
        } else if (t.length() > max) {
            errors.put(field, "At most " + max + " characters.");
        }
    }

    /** The answers as the entity keeps them. */
    static List<ReviewAnswer> toEntity(ReviewAnswer.Author author, ReviewAnswers answers) {
        List<ReviewAnswer> list = new ArrayList<>();
        for (ReviewAnswers.GoalAnswer g : answers.goals()) {
            list.add(ReviewAnswer.goal(author, g.goalId(), g.result() == null ? null : g.result().name(),
                    blankToNull(g.comment())));
        }
        answers.texts().forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                list.add(ReviewAnswer.text(author, k, v.trim()));
            }
        });
        answers.ratings().forEach((k, v) -> {
            if (v != null) {
                list.add(ReviewAnswer.rating(author, k, v));
            }
        });
        return list;
    }

    /** The entity's answers back as a record. */
    static ReviewAnswers fromEntity(List<ReviewAnswer> stored) {
        List<ReviewAnswers.GoalAnswer> goals = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Integer> ratings = new LinkedHashMap<>();
        for (ReviewAnswer a : stored) {
            if (a.goalId() != null) {
                goals.add(new ReviewAnswers.GoalAnswer(a.goalId(), a.result() == null ? null
                        : GoalResult.valueOf(a.result()), a.body()));
            } else if (a.rating() != null) {
                ratings.put(a.questionKey(), a.rating());
            } else if (a.questionKey() != null) {
                texts.put(a.questionKey(), a.body());
            }
        }
        return new ReviewAnswers(goals, texts, ratings);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
