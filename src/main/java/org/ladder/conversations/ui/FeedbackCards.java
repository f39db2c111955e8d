package org.ladder.conversations.ui;

import org.ladder.base.ui.Formats;
import org.ladder.conversations.FeedbackItem;
import org.ladder.conversations.FeedbackKind;
import org.ladder.conversations.FeedbackRequestItem;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** How a piece of feedback and a request read, on the feedback page and on a person's page. */
final class FeedbackCards {

    /** Whose name heads a card. */
    enum Perspective { RECEIVED, GIVEN, BOTH }

    private FeedbackCards() {
    }

    static Component feedback(FeedbackItem f, Perspective perspective) {
        Div card = new Div();
        card.addClassNames("ladder-card", "ladder-feedback-item");
        card.getElement().setAttribute("data-feedback-id", String.valueOf(f.id()));
        Span kind = new Span(f.kind() == FeedbackKind.PRAISE ? "Praise" : "Constructive");
        kind.addClassName("ladder-feedback-kind");
        String who = switch (perspective) {
            case RECEIVED -> "from " + f.giverName();
            case GIVEN -> "to " + f.receiverName();
            case BOTH -> "from " + f.giverName() + " to " + f.receiverName();
        };
        Span whoSpan = new Span(who);
        Span when = new Span(Formats.dateTime(f.givenAt()));
        when.addClassName("ladder-hint");
        Div head = new Div(kind, whoSpan, when);
        head.addClassName("ladder-feedback-head");
        card.add(head);
        if (f.isPrivate()) {
            Span hidden = new Span("Private to " + f.receiverName() + "'s managers: " + f.receiverName()
                    + " does not see it");
            hidden.addClassName("ladder-feedback-private");
            card.add(new Div(hidden));
        }
        if (f.goalId() != null) {
            card.add(about(f.goalTitle() == null ? new Span("About one of " + f.receiverName() + "'s goals")
                    : new Span(new Span("About the goal "), new Anchor("goal/" + f.goalId(), f.goalTitle()))));
        } else if (f.charterValue() != null) {
            card.add(about(new Span("About our value “" + f.charterValue() + "”")));
        }
        if (f.requested()) {
            Span asked = new Span("Asked for");
            asked.addClassName("ladder-hint");
            head.add(asked);
        }
        Paragraph text = new Paragraph(f.text());
        text.addClassName("ladder-feedback-text");
        card.add(text);
        return card;
    }

    private static Component about(Span span) {
        Div line = new Div(span);
        line.addClassName("ladder-hint");
        return line;
    }

    /** A request, for the colleague who was asked ({@code asked}) or for the requester. */
    static Div request(FeedbackRequestItem r, boolean asked) {
        Div card = new Div();
        card.addClassNames("ladder-card", "ladder-feedback-item");
        card.getElement().setAttribute("data-request-id", String.valueOf(r.id()));
        Span who = new Span(asked ? r.requesterName() + " asks for your feedback" : "You asked " + r.colleagueName());
        who.addClassName("ladder-feedback-kind");
        Span status = new Span(r.status().isOpen() ? "Due " + Formats.date(r.dueAt()) : r.status().label());
        status.addClassName("ladder-hint");
        Div head = new Div(who, status);
        head.addClassName("ladder-feedback-head");
        card.add(head);
        if (r.goalTitle() != null) {
            card.add(about(new Span("About " + (r.goalTitle().equals("a private goal") ? "a private goal"
                    : "the goal “" + r.goalTitle() + "”"))));
        }
        if (r.note() != null) {
            Paragraph note = new Paragraph(r.note());
            note.addClassName("ladder-feedback-text");
            card.add(note);
        }
        if (r.declineReason() != null) {
            card.add(about(new Span("Their reason: " + r.declineReason())));
        }
        return card;
    }
}
