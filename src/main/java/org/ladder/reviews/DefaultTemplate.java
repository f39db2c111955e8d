package org.ladder.reviews;

import java.util.List;
import java.util.Map;

/** The default template: seeded for the demo, and the start of a new template. */
public final class DefaultTemplate {

    public static final String NAME = "Standard review";

    private DefaultTemplate() {
    }

    public static TemplateDraft draft(String name) {
        return new TemplateDraft(name, List.of(
                new ReviewSection("The period", List.of(
                        new ReviewQuestion("highlights", "What went well, and what are you proud of?",
                                QuestionType.TEXT, true),
                        new ReviewQuestion("obstacles", "What got in the way, and what would you change?",
                                QuestionType.TEXT, false))),
                new ReviewSection("Ways of working", List.of(
                        new ReviewQuestion("collaboration", "How well did collaboration with others work?",
                                QuestionType.RATING, false),
                        new ReviewQuestion("growth", "What do you want to learn or grow in next?",
                                QuestionType.TEXT, false)))),
                new RatingScale("Performance", List.of("Below expectations", "Partly meets expectations",
                        "Meets expectations", "Exceeds expectations", "Outstanding")),
                new RatingScale("Alignment", List.of("Off track", "Partly aligned", "Aligned", "Strongly aligned",
                        "Sets the direction")),
                true, Map.of(ReviewStep.SELF_REVIEW, 14, ReviewStep.PEER_INPUT, 10, ReviewStep.MANAGER_REVIEW, 14,
                        ReviewStep.CALIBRATION, 7, ReviewStep.SHARING, 7, ReviewStep.ACKNOWLEDGEMENT, 7));
    }
}
