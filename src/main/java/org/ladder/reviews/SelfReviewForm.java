package org.ladder.reviews;

import java.time.Instant;
import java.util.List;

import org.ladder.goals.GoalRef;

/** What the person's self review form needs: the template, their goals and what they wrote so far. */
public record SelfReviewForm(long reviewId, long version, String roundName, TemplateDraft template,
        List<GoalRef> goals, ReviewAnswers answers, String learnings, boolean open, Instant dueAt) {
}
