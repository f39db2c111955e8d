package org.ladder.reviews;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of a template, every broken one at once, keyed by field: {@code name}, {@code sections},
 * {@code sections[0].title}, {@code sections[0].questions[1].text}, {@code performanceScale.labels[2]},
 * {@code deadlineDays.SELF_REVIEW}, …
 */
final class TemplateRules {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private TemplateRules() {
    }

    static Map<String, String> check(TemplateDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft == null) {
            errors.put("name", "The template is empty.");
            return errors;
        }
        String name = draft.name() == null ? "" : draft.name().trim();
        if (name.isEmpty()) {
            errors.put("name", "Give the template a name.");
        } else if (name.length() > ReviewLimits.TEMPLATE_NAME_MAX_LENGTH) {
            errors.put("name", "The name can be at most " + ReviewLimits.TEMPLATE_NAME_MAX_LENGTH + " characters.");
        }
        checkSections(draft.sections(), errors);
        checkScale("performanceScale", draft.performanceScale(), errors);
        checkScale("alignmentScale", draft.alignmentScale(), errors);
        for (Map.Entry<ReviewStep, Integer> d : draft.deadlineDays().entrySet()) {
            String field = "deadlineDays." + d.getKey().name();
            if (!ReviewLimits.TIMED_STEPS.contains(d.getKey())) {
                errors.put(field, "This step has no deadline.");
            } else if (d.getValue() == null || d.getValue() < ReviewLimits.MIN_DEADLINE_DAYS
                    || d.getValue() > ReviewLimits.MAX_DEADLINE_DAYS) {
                errors.put(field, "A deadline is " + ReviewLimits.MIN_DEADLINE_DAYS + " to "
                        + ReviewLimits.MAX_DEADLINE_DAYS + " days.");
            }
        }
        return errors;
    }

    private static void checkSections(List<ReviewSection> sections, Map<String, String> errors) {
        if (sections.isEmpty()) {
            errors.put("sections", "Add at least one section with a question.");
            return;
        }
        if (sections.size() > ReviewLimits.MAX_SECTIONS) {
            errors.put("sections", "A template has at most " + ReviewLimits.MAX_SECTIONS + " sections.");
        }
        int questions = 0;
        Set<String> keys = new HashSet<>();
        for (int s = 0; s < sections.size(); s++) {
            ReviewSection section = sections.get(s);
            String at = "sections[" + s + "]";
            if (section == null) {
                errors.put(at, "A section is empty.");
                continue;
            }
            String title = section.title() == null ? "" : section.title().trim();
            if (title.isEmpty()) {
                errors.put(at + ".title", "Give the section a title.");
            } else if (title.length() > ReviewLimits.SECTION_TITLE_MAX_LENGTH) {
                errors.put(at + ".title", "A title can be at most " + ReviewLimits.SECTION_TITLE_MAX_LENGTH
                        + " characters.");
            }
            if (section.questions().isEmpty()) {
                errors.put(at + ".questions", "Add at least one question to this section.");
            }
            for (int q = 0; q < section.questions().size(); q++) {
                questions++;
                ReviewQuestion question = section.questions().get(q);
                String qAt = at + ".questions[" + q + "]";
                if (question == null) {
                    errors.put(qAt, "A question is empty.");
                    continue;
                }
                String text = question.text() == null ? "" : question.text().trim();
                if (text.isEmpty()) {
                    errors.put(qAt + ".text", "Write the question.");
                } else if (text.length() > ReviewLimits.QUESTION_TEXT_MAX_LENGTH) {
                    errors.put(qAt + ".text", "A question can be at most " + ReviewLimits.QUESTION_TEXT_MAX_LENGTH
                            + " characters.");
                }
                if (question.type() == null) {
                    errors.put(qAt + ".type", "Choose text or rating.");
                }
                String key = question.key();
                if (key == null || key.length() > ReviewLimits.QUESTION_KEY_MAX_LENGTH || !KEY.matcher(key).matches()) {
                    errors.put(qAt + ".key", "A question key is 1 to " + ReviewLimits.QUESTION_KEY_MAX_LENGTH
                            + " lower-case letters, digits or dashes.");
                } else if (!keys.add(key)) {
                    errors.put(qAt + ".key", "Another question already has the key " + key + ".");
                }
            }
        }
        if (questions > ReviewLimits.MAX_QUESTIONS) {
            errors.put("sections", "A template has at most " + ReviewLimits.MAX_QUESTIONS + " questions.");
        }
    }

    static void checkScale(String field, RatingScale scale, Map<String, String> errors) {
        if (scale == null) {
            errors.put(field, "Define the scale.");
            return;
        }
        String name = scale.name() == null ? "" : scale.name().trim();
        if (name.isEmpty()) {
            errors.put(field + ".name", "Give the scale a name.");
        } else if (name.length() > ReviewLimits.SCALE_NAME_MAX_LENGTH) {
            errors.put(field + ".name", "A scale's name can be at most " + ReviewLimits.SCALE_NAME_MAX_LENGTH
                    + " characters.");
        }
        if (scale.points() < ReviewLimits.MIN_SCALE_POINTS || scale.points() > ReviewLimits.MAX_SCALE_POINTS) {
            errors.put(field + ".labels", "A scale has " + ReviewLimits.MIN_SCALE_POINTS + " to "
                    + ReviewLimits.MAX_SCALE_POINTS + " points.");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < scale.labels().size(); i++) {
            String label = scale.labels().get(i) == null ? "" : scale.labels().get(i).trim();
            String at = field + ".labels[" + i + "]";
            if (label.isEmpty()) {
                errors.put(at, "Label point " + (i + 1) + ".");
            } else if (label.length() > ReviewLimits.SCALE_LABEL_MAX_LENGTH) {
                errors.put(at, "A label can be at most " + ReviewLimits.SCALE_LABEL_MAX_LENGTH + " characters.");
            } else if (!seen.add(label.toLowerCase())) {
                errors.put(at, "Two points cannot share the label " + label + ".");
            }
        }
    }

    /** Whether {@code rating} is a point of the scale. */
    static boolean onScale(RatingScale scale, Integer rating) {
        return rating != null && rating >= 1 && rating <= scale.points();
    }
}
