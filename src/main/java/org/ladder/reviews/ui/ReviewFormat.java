package org.ladder.reviews.ui;

import java.util.List;

import org.ladder.reviews.RatingScale;
import org.ladder.reviews.ReviewStep;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** How the review views name steps and show ratings, the same on every page. */
final class ReviewFormat {

    private ReviewFormat() {
    }

    /** “Self review”, “Manager review”, …: a step as people read it. */
    static String step(ReviewStep step) {
        if (step == null) {
            return "";
        }
        return switch (step) {
            case SELF_REVIEW -> "Self review";
            case PEER_INPUT -> "Peer input";
            case MANAGER_REVIEW -> "Manager review";
            case CALIBRATION -> "Calibration";
            case SHARING -> "Ready to share";
            case ACKNOWLEDGEMENT -> "Shared, awaiting acknowledgement";
            case DONE -> "Done";
            case ENDED -> "Ended";
        };
    }

    /** The steps a review passes, in order, for progress tables (ended ones last). */
    static List<ReviewStep> steps() {
        return List.of(ReviewStep.values());
    }

    /** A step as a small badge (text, not colour alone, says which). */
    static Span stepBadge(ReviewStep step, boolean late) {
        Span badge = new Span(step(step) + (late ? " · late" : ""));
        badge.addClassNames("ladder-goal-status", "ladder-review-step",
                late ? "ladder-goal-status-returned" : step == ReviewStep.DONE ? "ladder-goal-status-achieved"
                        : step == ReviewStep.ENDED ? "ladder-goal-status-abandoned" : "ladder-goal-status-active");
        return badge;
    }

    /** “4 — Exceeds expectations”, or “—” for no rating. */
    static String rating(RatingScale scale, Integer rating) {
        return rating == null ? "—" : ReviewCharts.point(scale, rating);
    }

    /** Sets a text area's limit, with the message a longer text gets (the field's own check, before the service). */
    static TextArea limit(TextArea area, int max) {
        area.setMaxLength(max);
        area.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage("At most " + max + " characters."));
        return area;
    }

    /** As {@link #limit(TextArea, int)}, for a text field. */
    static TextField limit(TextField field, int max) {
        field.setMaxLength(max);
        field.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage("At most " + max + " characters."));
        return field;
    }

    /** A choice of one point of {@code scale}, one per line with its label (fits a phone). */
    static RadioButtonGroup<Integer> ratingChoice(String label, RatingScale scale) {
        RadioButtonGroup<Integer> choice = new RadioButtonGroup<>(label);
        choice.setItems(java.util.stream.IntStream.rangeClosed(1, scale.points()).boxed().toList());
        choice.setItemLabelGenerator(i -> ReviewCharts.point(scale, i));
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choice.setRequiredIndicatorVisible(true);
        return choice;
    }
}
