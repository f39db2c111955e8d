package org.ladder.reviews;

/**
 * A question of a template: a key unique within the template (answers refer to it), the text people read, the
 * kind, and whether an answer is required to submit.
 */
public record ReviewQuestion(String key, String text, QuestionType type, boolean required) {
}
