package org.ladder.reviews.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ladder.checkins.CheckInQueries;
import org.ladder.conversations.FeedbackItem;
import org.ladder.goals.GoalRef;
import org.ladder.reviews.ManagerReviewDraft;
import org.ladder.reviews.ReviewAnswers;
import org.ladder.reviews.ReviewDetails;
import org.ladder.reviews.ReviewForms;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/**
 * The manager's review: beside the form, what it rests on — the person's self review, the peer input (with the
 * colleagues' names, for the manager only) and the feedback received in the period; per goal, the self review's
 * answer and the goal's check-ins and progress, then the manager's result and comment; the template's questions;
 * the performance and the alignment rating, each with its justification. Saved as a draft any time, submitted once.
 */
class ManagerReviewPart extends Div {

    private final transient ReviewForms forms;
    private final long reviewId;
    private long version;
    final AnswersForm answers;
    final RatingsPart ratings;
    final Paragraph error = new Paragraph();
    final Button save = new Button("Save draft");
    final Button submit = new Button("Submit review");
    private final StepRunner runner;

    ManagerReviewPart(ReviewForms forms, ReviewDetails d, List<GoalRef> goals, CheckInQueries checkIns,
            List<FeedbackItem> feedback, Runnable done, Runnable reload) {
        this.forms = forms;
        this.reviewId = d.reviewId();
        this.version = d.version();
        setId("manager-review-form");
        addClassName("ladder-review-form");
        setWidthFull();
        error.setId("manager-review-error");
        runner = new StepRunner(error, reload);
        Map<Long, GoalRef> byId = new HashMap<>();
        goals.forEach(g -> byId.put(g.id(), g));
        Map<Long, ReviewAnswers.GoalAnswer> self = new HashMap<>();
        if (d.selfAnswers() != null) {
            d.selfAnswers().goals().forEach(a -> self.put(a.goalId(), a));
        }
        answers = new AnswersForm("manager", goals.stream().map(SelfReviewPart::line).toList(),
                d.template().sections(), d.template().performanceScale(), d.managerAnswers(),
                "What went well, what to change", goalId -> {
                    Div beside = new Div();
                    ReviewAnswers.GoalAnswer a = self.get(goalId);
                    Span selfSays = new Span(a == null ? "Self review: no answer for this goal."
                            : "Self review: " + (a.result() == null ? "no result" : a.result().label())
                                    + (a.comment() == null || a.comment().isBlank() ? "" : " — " + a.comment()));
                    selfSays.addClassName("ladder-review-text");
                    selfSays.setId("manager-self-" + goalId);
                    beside.add(selfSays);
                    GoalRef g = byId.get(goalId);
                    if (g != null) {
                        beside.add(ReviewContent.checkIns(g, checkIns.goalHistory(goalId), d.periodStart(),
                                d.periodEnd()));
                    }
                    return beside;
                });
        ratings = new RatingsPart(d.template().performanceScale(), d.template().alignmentScale(),
                d.performance() == null ? null : d.performance().value(),
                d.performance() == null ? null : d.performance().justification(),
                d.alignment() == null ? null : d.alignment().value(),
                d.alignment() == null ? null : d.alignment().justification());

        Div context = new Div();
        context.setId("manager-review-context");
        context.addClassName("ladder-review-context");
        Map<Long, String> titles = new HashMap<>();
        goals.forEach(g -> titles.put(g.id(), g.title()));
        if (d.selfSkipped()) {
            Div skipped = TemplateForm.card("manager-self-review", "Self review");
            skipped.add(TemplateForm.hint("The self review was skipped: it was late."));
            context.add(skipped);
        } else if (d.selfSubmittedAt() == null) {
            Div waiting = TemplateForm.card("manager-self-review", "Self review");
            waiting.add(TemplateForm.hint("Not submitted yet."));
            context.add(waiting);
        } else {
            ReviewAnswers questionsOnly = d.selfAnswers() == null ? ReviewAnswers.none()
                    : new ReviewAnswers(List.of(), d.selfAnswers().texts(), d.selfAnswers().ratings());
            context.add(ReviewContent.answers("manager-self-review", "Self review: the questions", questionsOnly,
                    titles, d.template().sections(), d.template().performanceScale(), d.learnings()));
        }
        if (d.peers() != null) {
            context.add(ReviewContent.peers(d.peers()));
        }
        context.add(ReviewContent.feedback(feedback, d.periodStart(), d.periodEnd()));

        save.setId("manager-review-save");
        save.addClickListener(e -> save());
        submit.setId("manager-review-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit(done));
        submit.setEnabled(d.actions().submitManagerReview());
        FlexLayout buttons = new FlexLayout(submit, save);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.addClassName("ladder-review-buttons");
        Div form = new Div(error, answers, ratings, buttons);
        form.addClassName("ladder-review-main");
        if (!d.actions().submitManagerReview()) {
            Paragraph wait = TemplateForm.hint("You can save a draft now; submitting opens once the peer input is in.");
            wait.setId("manager-review-wait");
            form.addComponentAtIndex(1, wait);
        }
        Div columns = new Div(form, context);
        columns.addClassName("ladder-review-columns");
        add(columns);
    }

    ManagerReviewDraft draft() {
        RatingsPart.Ratings r = ratings.ratings;
        return new ManagerReviewDraft(answers.answers(), r.performance, r.performanceJustification, r.alignment,
                r.alignmentJustification);
    }

    void save() {
        answers.clearErrors();
        ratings.fields.values().forEach(f -> f.setInvalid(false));
        runner.run(() -> version = forms.saveManagerReview(reviewId, version, draft()), "Draft saved.", null,
                this::showErrors);
    }

    void submit(Runnable done) {
        answers.clearErrors();
        boolean valid = answers.validate();
        valid &= ratings.validate();
        if (!valid) {
            runner.show("Some answers need a look: see the fields marked below.", false);
            submit.setEnabled(true);
            return;
        }
        boolean ok = runner.run(() -> forms.submitManagerReview(reviewId, version, draft()),
                "Review submitted with both ratings.", done, this::showErrors);
        if (!ok) {
            submit.setEnabled(true);
        }
    }

    private void showErrors(Map<String, String> errors) {
        runner.fieldErrors(errors, (key, message) -> {
            if (answers.show(key, message)) {
                return true;
            }
            var field = ratings.fields.get(key);
            if (field == null) {
                return false;
            }
            field.setErrorMessage(message);
            field.setInvalid(true);
            return true;
        });
    }
}
