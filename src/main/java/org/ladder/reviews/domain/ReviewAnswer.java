package org.ladder.reviews.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One answer of a review: by the person (SELF) or the manager; about a goal, or to a template question. */
@Embeddable
public class ReviewAnswer {

    public enum Author { SELF, MANAGER }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Author author;

    @Column(name = "goal_id")
    private Long goalId;

    @Column(name = "question_key", length = 40)
    private String questionKey;

    @Column(length = 16)
    private String result;

    private Integer rating;

    @Column(length = 4000)
    private String body;

    protected ReviewAnswer() {
    }

    private ReviewAnswer(Author author, Long goalId, String questionKey, String result, Integer rating, String body) {
        this.author = author;
        this.goalId = goalId;
        this.questionKey = questionKey;
        this.result = result;
        this.rating = rating;
        this.body = body;
    }

    public static ReviewAnswer goal(Author author, long goalId, String result, String comment) {
        return new ReviewAnswer(author, goalId, null, result, null, comment);
    }

    public static ReviewAnswer text(Author author, String questionKey, String text) {
        return new ReviewAnswer(author, null, questionKey, null, null, text);
    }

    public static ReviewAnswer rating(Author author, String questionKey, int rating) {
        return new ReviewAnswer(author, null, questionKey, null, rating, null);
    }

    public Author author() {
        return author;
    }

    public Long goalId() {
        return goalId;
    }

    public String questionKey() {
        return questionKey;
    }

    public String result() {
        return result;
    }

    public Integer rating() {
        return rating;
    }

    public String body() {
        return body;
    }
}
