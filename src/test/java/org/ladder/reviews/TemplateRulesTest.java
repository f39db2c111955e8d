package org.ladder.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The rules of a template and of its scales: every broken rule at once, keyed by field. */
class TemplateRulesTest {

    static TemplateDraft valid() {
        return DefaultTemplate.draft("A template");
    }

    static TemplateDraft with(RatingScale performance, RatingScale alignment) {
        TemplateDraft d = valid();
        return new TemplateDraft(d.name(), d.sections(), performance, alignment, d.peersAsked(), d.deadlineDays());
    }

    static RatingScale scale(int points) {
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= points; i++) {
            labels.add("Point " + i);
        }
        return new RatingScale("Scale", labels);
    }

    @Test
    void theDefaultTemplateIsValid() {
        assertThat(TemplateRules.check(valid())).isEmpty();
    }

    @Test
    void aScaleHasTwoToTenLabelledDistinctPoints() {
        assertThat(TemplateRules.check(with(scale(2), scale(10)))).isEmpty();
        assertThat(TemplateRules.check(with(scale(1), scale(11))))
                .containsEntry("performanceScale.labels", "A scale has 2 to 10 points.")
                .containsEntry("alignmentScale.labels", "A scale has 2 to 10 points.");
        assertThat(TemplateRules.check(with(new RatingScale("", List.of("Low", " ", "low")), scale(3))))
                .containsKeys("performanceScale.name", "performanceScale.labels[1]", "performanceScale.labels[2]");
        assertThat(TemplateRules.check(with(null, scale(3)))).containsKey("performanceScale");
    }

    @Test
    void sectionsQuestionsKeysAndDeadlinesAreCheckedTogether() {
        TemplateDraft d = new TemplateDraft(" ", List.of(
                new ReviewSection("", List.of(new ReviewQuestion("Bad Key", "", null, true),
                        new ReviewQuestion("same", "One", QuestionType.TEXT, false),
                        new ReviewQuestion("same", "Two", QuestionType.RATING, false))),
                new ReviewSection("Empty", List.of())),
                scale(5), scale(5), false, Map.of(ReviewStep.SELF_REVIEW, 0, ReviewStep.DONE, 3));
        Map<String, String> errors = TemplateRules.check(d);
        assertThat(errors).containsKeys("name", "sections[0].title", "sections[0].questions[0].key",
                "sections[0].questions[0].text", "sections[0].questions[0].type", "sections[0].questions[2].key",
                "sections[1].questions", "deadlineDays.SELF_REVIEW", "deadlineDays.DONE");
        assertThat(TemplateRules.check(new TemplateDraft("x", List.of(), scale(3), scale(3), false, Map.of())))
                .containsEntry("sections", "Add at least one section with a question.");
    }

    @Test
    void tooManyQuestionsOrTooLongTextsAreRefused() {
        List<ReviewQuestion> many = new ArrayList<>();
        for (int i = 0; i <= ReviewLimits.MAX_QUESTIONS; i++) {
            many.add(new ReviewQuestion("q" + i, "Question " + i, QuestionType.TEXT, false));
        }
        String longText = String.join("", Collections.nCopies(ReviewLimits.QUESTION_TEXT_MAX_LENGTH + 1, "x"));
        TemplateDraft d = new TemplateDraft("x", List.of(new ReviewSection("S", many),
                new ReviewSection("T", List.of(new ReviewQuestion("long", longText, QuestionType.TEXT, false)))),
                scale(3), scale(3), false, Map.of());
        assertThat(TemplateRules.check(d)).containsKey("sections").containsKey("sections[1].questions[0].text");
    }

    @Test
    void aRatingIsOnTheScaleOrNot() {
        assertThat(TemplateRules.onScale(scale(4), 1)).isTrue();
        assertThat(TemplateRules.onScale(scale(4), 4)).isTrue();
        assertThat(TemplateRules.onScale(scale(4), 0)).isFalse();
        assertThat(TemplateRules.onScale(scale(4), 5)).isFalse();
        assertThat(TemplateRules.onScale(scale(4), null)).isFalse();
    }
}
