package org.ladder.reviews;

/**
 * The manager review as its form holds it: per goal a result and a comment, the answers to the template's
 * questions, and both ratings (numbers on the template's scales), each with its justification.
 */
public record ManagerReviewDraft(ReviewAnswers answers, Integer performance, String performanceJustification,
        Integer alignment, String alignmentJustification) {

    public ManagerReviewDraft {
        answers = answers == null ? ReviewAnswers.none() : answers;
    }
}
