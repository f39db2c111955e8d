package org.ladder.reviews;

import java.util.List;

/** A section of a template: a title and its questions, in order. */
public record ReviewSection(String title, List<ReviewQuestion> questions) {

    public ReviewSection {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
