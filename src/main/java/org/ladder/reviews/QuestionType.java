package org.ladder.reviews;

/** A template question's kind: a free text, or a rating on the template's performance scale. */
public enum QuestionType {
    TEXT, RATING
}
