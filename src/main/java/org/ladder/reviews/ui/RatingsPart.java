package org.ladder.reviews.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ladder.reviews.RatingKind;
import org.ladder.reviews.RatingScale;
import org.ladder.reviews.ReviewLimits;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;

/**
 * The manager's two ratings, kept apart: performance (is this person productive and skilled?) and alignment (was
 * this the right work, does it ladder up?), each a point of the template's scale with a required justification.
 */
class RatingsPart extends Div {

    /** The binder's bean. */
    static final class Ratings {
        Integer performance;
        String performanceJustification = "";
        Integer alignment;
        String alignmentJustification = "";
    }

    final RadioButtonGroup<Integer> performance;
    final TextArea performanceJustification = new TextArea("Why this performance rating");
    final RadioButtonGroup<Integer> alignment;
    final TextArea alignmentJustification = new TextArea("Why this alignment rating");
    final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Binder<Ratings> binder = new Binder<>();
    final Ratings ratings = new Ratings();

    RatingsPart(RatingScale performanceScale, RatingScale alignmentScale, Integer performanceNow,
            String performanceWhy, Integer alignmentNow, String alignmentWhy) {
        setId("manager-ratings");
        addClassNames("ladder-card", "ladder-review-card");
        add(new com.vaadin.flow.component.html.H3("Ratings"));
        Paragraph intro = TemplateForm.hint("Two separate questions: how well the work was done, and whether it was "
                + "the right work. Each rating needs a justification; calibration may revise them before sharing.");
        add(intro);
        performance = ReviewFormat.ratingChoice(label(RatingKind.PERFORMANCE, performanceScale), performanceScale);
        performance.setId("manager-performance");
        binder.forField(performance).asRequired("Choose a performance rating.")
                .bind(r -> r.performance, (r, v) -> r.performance = v);
        performanceJustification.setId("manager-performance-justification");
        justification(performanceJustification, "Say why: what the person did and how well.");
        binder.forField(performanceJustification).asRequired("Justify the performance rating.")
                .bind(r -> r.performanceJustification, (r, v) -> r.performanceJustification = v == null ? "" : v);
        alignment = ReviewFormat.ratingChoice(label(RatingKind.ALIGNMENT, alignmentScale), alignmentScale);
        alignment.setId("manager-alignment");
        binder.forField(alignment).asRequired("Choose an alignment rating.")
                .bind(r -> r.alignment, (r, v) -> r.alignment = v);
        alignmentJustification.setId("manager-alignment-justification");
        justification(alignmentJustification, "Say why: how the work laddered up to the unit's and company's goals.");
        binder.forField(alignmentJustification).asRequired("Justify the alignment rating.")
                .bind(r -> r.alignmentJustification, (r, v) -> r.alignmentJustification = v == null ? "" : v);
        ratings.performance = performanceNow;
        ratings.performanceJustification = performanceWhy == null ? "" : performanceWhy;
        ratings.alignment = alignmentNow;
        ratings.alignmentJustification = alignmentWhy == null ? "" : alignmentWhy;
        binder.setBean(ratings);

        Div perf = new Div(new H4("Performance"), performance, performanceJustification);
        Div align = new Div(new H4("Alignment"), alignment, alignmentJustification);
        perf.setId("manager-performance-part");
        align.setId("manager-alignment-part");
        Div both = new Div(perf, align);
        both.addClassName("ladder-review-ratings");
        add(both);
        fields.put("performance", performance);
        fields.put("alignment", alignment);
        fields.put("performanceJustification", performanceJustification);
        fields.put("alignmentJustification", alignmentJustification);
    }

    /** “Performance rating”, with the scale's name where it says more (“Performance rating (Impact)”). */
    static String label(RatingKind kind, RatingScale scale) {
        String name = scale.name() == null ? "" : scale.name().trim();
        return kind.label() + " rating" + (name.isEmpty() || name.equalsIgnoreCase(kind.label()) ? "" : " (" + name
                + ")");
    }

    private static void justification(TextArea area, String help) {
        ReviewFormat.limit(area, ReviewLimits.JUSTIFICATION_MAX_LENGTH);
        area.setHelperText(help);
        area.setRequiredIndicatorVisible(true);
        area.setWidthFull();
    }

    boolean validate() {
        return binder.validate().isOk();
    }
}
