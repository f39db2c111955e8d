package org.ladder.reviews.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.ladder.base.ui.Formats;
import org.ladder.checkins.CheckInPoint;
import org.ladder.conversations.FeedbackItem;
import org.ladder.goals.GoalRef;
import org.ladder.reviews.QuestionType;
import org.ladder.reviews.RatingScale;
import org.ladder.reviews.ReviewAnswers;
import org.ladder.reviews.ReviewDetails;
import org.ladder.reviews.ReviewQuestion;
import org.ladder.reviews.ReviewSection;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** Read-only parts of a review: answers, ratings, revisions, peer input, check-in history and feedback. */
final class ReviewContent {

    private ReviewContent() {
    }

    /** What one author wrote: per goal the result and comment, then the questions' answers. */
    static Div answers(String id, String title, ReviewAnswers answers, Map<Long, String> goalTitles,
            List<ReviewSection> sections, RatingScale scale, String learnings) {
        Div card = TemplateForm.card(id, title);
        if (answers == null || (answers.goals().isEmpty() && answers.texts().isEmpty()
                && answers.ratings().isEmpty() && (learnings == null || learnings.isBlank()))) {
            Paragraph none = new Paragraph("Nothing written.");
            none.addClassName("ladder-hint");
            card.add(none);
            return card;
        }
        for (ReviewAnswers.GoalAnswer g : answers.goals()) {
            card.add(goalAnswer(goalTitles.getOrDefault(g.goalId(), "Goal " + g.goalId()), g));
        }
        for (ReviewSection s : sections) {
            for (ReviewQuestion q : s.questions()) {
                String text = q.type() == QuestionType.RATING ? (answers.ratings().get(q.key()) == null ? null
                        : ReviewFormat.rating(scale, answers.ratings().get(q.key()))) : answers.texts().get(q.key());
                if (text != null && !text.isBlank()) {
                    card.add(qa(q.text(), text));
                }
            }
        }
        if (learnings != null && !learnings.isBlank()) {
            card.add(qa("What they learnt", learnings));
        }
        return card;
    }

    static Div goalAnswer(String title, ReviewAnswers.GoalAnswer g) {
        Div part = new Div();
        part.addClassName("ladder-review-goal");
        part.add(new H4(title));
        Span result = new Span(g.result() == null ? "No result given" : g.result().label());
        result.addClassName("ladder-feedback-kind");
        part.add(result);
        if (g.comment() != null && !g.comment().isBlank()) {
            Paragraph c = new Paragraph(g.comment());
            c.addClassName("ladder-review-text");
            part.add(c);
        }
        return part;
    }

    static Div qa(String question, String answer) {
        Div part = new Div();
        part.addClassName("ladder-review-goal");
        Span q = new Span(question);
        q.addClassName("ladder-fact-label");
        Paragraph a = new Paragraph(answer);
        a.addClassName("ladder-review-text");
        part.add(q, a);
        return part;
    }

    /** Both ratings side by side, each with its label and justification. */
    static Div ratings(ReviewDetails d) {
        Div card = TemplateForm.card("review-ratings", "Ratings");
        Div both = new Div(rating("review-performance", "Performance", d.performance()),
                rating("review-alignment", "Alignment", d.alignment()));
        both.addClassName("ladder-review-ratings");
        card.add(both);
        return card;
    }

    private static Div rating(String id, String what, ReviewDetails.Rating r) {
        Div part = new Div();
        part.setId(id);
        part.add(new H4(what));
        Span value = new Span(r == null || r.value() == null ? "Not rated yet" : r.label());
        value.addClassName("ladder-review-rating-value");
        value.setId(id + "-value");
        part.add(value);
        if (r != null && r.justification() != null && !r.justification().isBlank()) {
            Paragraph why = new Paragraph(r.justification());
            why.addClassName("ladder-review-text");
            why.setId(id + "-justification");
            part.add(why);
        }
        return part;
    }

    /** The ratings' changes in calibration (the manager chain, the head of unit and HR only). */
    static Component revisions(List<ReviewDetails.RevisionView> revisions) {
        Div card = TemplateForm.card("review-revisions", "Changed in calibration");
        UnorderedList list = new UnorderedList();
        for (ReviewDetails.RevisionView r : revisions) {
            list.add(new ListItem(r.kind().label() + ": " + r.from() + " → " + r.to() + ", by " + r.by() + " on "
                    + Formats.date(r.at()) + ". " + r.reason()));
        }
        card.add(list);
        return card;
    }

    /** The colleagues asked and what they wrote (for the manager chain and HR only). */
    static Div peers(List<ReviewDetails.PeerView> peers) {
        Div card = TemplateForm.card("review-peer-input", "Peer input");
        if (peers.isEmpty()) {
            card.add(TemplateForm.hint("No colleague was asked."));
            return card;
        }
        card.add(TemplateForm.hint("Only you, the managers above you and HR see who wrote what; the person never "
                + "sees the names."));
        for (ReviewDetails.PeerView p : peers) {
            Div part = new Div();
            part.addClassName("ladder-review-goal");
            part.add(new H4(p.name() + " · " + peerStatus(p.status())));
            if (p.input() != null && !p.input().isBlank()) {
                Paragraph text = new Paragraph(p.input());
                text.addClassName("ladder-review-text");
                part.add(text);
            }
            card.add(part);
        }
        return card;
    }

    static String peerStatus(String status) {
        return switch (status == null ? "" : status) {
            case "PROPOSED" -> "proposed";
            case "ASKED" -> "asked, no input yet";
            case "GIVEN" -> "gave input";
            case "DECLINED" -> "declined";
            case "LAPSED" -> "gave no input in time";
            default -> status == null ? "" : status.toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** A goal's check-ins within the period, newest first: date, progress and confidence. */
    static Component checkIns(GoalRef goal, List<CheckInPoint> points, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<CheckInPoint> inPeriod = points.stream().filter(p -> !p.at().isBefore(start) && p.at().isBefore(end))
                .sorted((a, b) -> b.at().compareTo(a.at())).toList();
        Div part = new Div();
        part.addClassName("ladder-review-check-ins");
        Span label = new Span("Check-ins this period: " + (inPeriod.isEmpty() ? "none" : String.valueOf(
                inPeriod.size())) + " · progress now " + Formats.percent(goal.progress()));
        label.addClassName("ladder-hint");
        part.add(label);
        if (!inPeriod.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("ladder-goal-list");
            inPeriod.stream().limit(6).forEach(p -> list.add(new ListItem(Formats.date(p.at()) + ": "
                    + Formats.percent(p.progress()) + ", " + p.confidence().label().toLowerCase(java.util.Locale.ROOT))));
            part.add(list);
        }
        return part;
    }

    /** Feedback the person received in the period (as the reader may see it). */
    static Div feedback(List<FeedbackItem> items, LocalDate from, LocalDate to) {
        Div card = TemplateForm.card("review-feedback", "Feedback received in the period");
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<FeedbackItem> inPeriod = items.stream().filter(f -> !f.givenAt().isBefore(start)
                && f.givenAt().isBefore(end)).toList();
        if (inPeriod.isEmpty()) {
            Paragraph none = new Paragraph("No feedback in this period.");
            none.addClassName("ladder-hint");
            none.setId("review-feedback-empty");
            card.add(none);
            return card;
        }
        for (FeedbackItem f : inPeriod) {
            Div part = new Div();
            part.addClassName("ladder-review-goal");
            Span head = new Span(f.kind().label() + " from " + f.giverName() + ", " + Formats.date(f.givenAt())
                    + (f.goalTitle() == null || f.goalTitle().isBlank() ? "" : " · " + f.goalTitle()));
            head.addClassName("ladder-fact-label");
            Paragraph text = new Paragraph(f.text());
            text.addClassName("ladder-review-text");
            part.add(head, text);
            card.add(part);
        }
        return card;
    }

    static H3 title(String text) {
        return new H3(text);
    }
}
