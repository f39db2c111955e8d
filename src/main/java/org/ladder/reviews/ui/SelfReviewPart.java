package org.ladder.reviews.ui;

import java.util.Map;

import org.ladder.base.text.Plural;
import org.ladder.base.ui.Formats;
import org.ladder.goals.GoalRef;
import org.ladder.reviews.ReviewForms;
import org.ladder.reviews.ReviewLimits;
import org.ladder.reviews.SelfReviewForm;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;

/**
 * The person's self review: per goal of the period a result and a comment, the template's questions and what they
 * learnt; saved as a draft any time, submitted once (then peer input or the manager review follows).
 */
class SelfReviewPart extends Div {

    static final class Learnings {
        String text = "";
    }

    private final transient ReviewForms forms;
    private final long reviewId;
    private long version;
    final AnswersForm answers;
    final TextArea learnings = new TextArea("What you learnt this period");
    final Paragraph error = new Paragraph();
    final Button save = new Button("Save draft");
    final Button submit = new Button("Submit self review");
    private final Binder<Learnings> binder = new Binder<>();
    private final Learnings bean = new Learnings();
    private final StepRunner runner;

    SelfReviewPart(ReviewForms forms, SelfReviewForm form, Runnable done, Runnable reload) {
        this.forms = forms;
        this.reviewId = form.reviewId();
        this.version = form.version();
        setId("self-review-form");
        addClassName("ladder-review-form");
        setWidthFull();
        error.setId("self-review-error");
        runner = new StepRunner(error, reload);
        Paragraph intro = new Paragraph("How did your period go? For each goal, choose how it went and say what you "
                + "did; then answer the questions. Your manager reads it before writing theirs.");
        intro.setId("self-review-intro");
        answers = new AnswersForm("self", form.goals().stream().map(SelfReviewPart::line).toList(),
                form.template().sections(), form.template().performanceScale(), form.answers(),
                "What you did, what came of it", null);
        learnings.setId("self-learnings");
        ReviewFormat.limit(learnings, ReviewLimits.LEARNINGS_MAX_LENGTH);
        learnings.setHelperText("Optional: what you would keep, and what you would do differently");
        learnings.setWidthFull();
        binder.forField(learnings).bind(b -> b.text, (b, v) -> b.text = v == null ? "" : v);
        bean.text = form.learnings() == null ? "" : form.learnings();
        binder.setBean(bean);
        answers.fields.put("learnings", learnings);
        Div learnt = TemplateForm.card("self-learnings-card", "Learnings");
        learnt.add(learnings);

        save.setId("self-review-save");
        save.addClickListener(e -> save());
        submit.setId("self-review-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit(done));
        FlexLayout buttons = new FlexLayout(submit, save);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.addClassName("ladder-review-buttons");
        add(intro, error, answers, learnt, buttons);
    }

    static AnswersForm.GoalLine line(GoalRef g) {
        return new AnswersForm.GoalLine(g.id(), g.title(), "Progress " + Formats.percent(g.progress()) + " · "
                + g.status().name().charAt(0) + g.status().name().substring(1).toLowerCase(java.util.Locale.ROOT));
    }

    void save() {
        answers.clearErrors();
        runner.run(() -> version = forms.saveSelfReview(reviewId, version, answers.answers(), bean.text),
                "Draft saved.", null, this::showErrors);
    }

    void submit(Runnable done) {
        answers.clearErrors();
        if (!answers.validate()) {
            runner.show("Some answers need a look: see the fields marked below.", false);
            submit.setEnabled(true);
            return;
        }
        int goals = answers.answers().goals().size();
        boolean ok = runner.run(() -> forms.submitSelfReview(reviewId, version, answers.answers(), bean.text),
                "Self review submitted" + (goals == 0 ? "." : " with " + Plural.count(goals, "goal") + ".")
                        + " Your manager writes theirs next.", done, this::showErrors);
        if (!ok) {
            submit.setEnabled(true);
        }
    }

    private void showErrors(Map<String, String> errors) {
        runner.fieldErrors(errors, answers::show);
    }
}
