package org.ladder.conversations.ui;

import java.util.List;

import org.ladder.base.ui.Formats;
import org.ladder.conversations.GoalInTalk;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The report's active goals beside the agenda: progress, confidence, last check-in, blockers and comment. */
final class GoalsBeside {

    private GoalsBeside() {
    }

    static Div of(List<GoalInTalk> goals, String reportName) {
        Div side = new Div(new H3("Goals and check-ins"));
        side.setId("one-on-one-goals");
        side.addClassNames("ladder-one-on-one-side", "ladder-card");
        if (goals.isEmpty()) {
            Paragraph none = new Paragraph(reportName + " has no active goals you can see.");
            none.addClassName("ladder-empty");
            side.add(none);
            return side;
        }
        for (GoalInTalk g : goals) {
            Div card = new Div();
            card.setId("one-on-one-goal-" + g.goal().id());
            card.addClassName("ladder-one-on-one-goal");
            Anchor title = new Anchor("goal/" + g.goal().id(), g.goal().title());
            title.addClassName("ladder-one-on-one-goal-title");
            card.add(title, progress(g.goal().title(), g.goal().progress()));
            Div facts = new Div();
            facts.addClassName("ladder-one-on-one-goal-facts");
            if (g.confidence() != null) {
                Span confidence = new Span(g.confidence().label());
                confidence.addClassNames("ladder-one-on-one-confidence", "ladder-one-on-one-confidence-"
                        + g.confidence().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                facts.add(confidence);
            }
            Span last = new Span(g.lastCheckInAt() == null ? "No check-in yet"
                    : "Last check-in " + Formats.date(g.lastCheckInAt()));
            last.addClassName("ladder-hint");
            facts.add(last);
            card.add(facts);
            if (g.blockers() != null && !g.blockers().isBlank()) {
                card.add(labelled("Blockers", g.blockers()));
            }
            if (g.comment() != null && !g.comment().isBlank()) {
                card.add(labelled("Comment", g.comment()));
            }
            side.add(card);
        }
        return side;
    }

    private static Paragraph labelled(String label, String text) {
        Span l = new Span(label + ": ");
        l.addClassName("ladder-fact-label");
        Paragraph p = new Paragraph(l, new Span(text));
        p.addClassName("ladder-one-on-one-goal-text");
        return p;
    }

    /** A progress bar announced as such, named after its goal. */
    private static Div progress(String title, double progress) {
        int pct = (int) Math.round(Math.max(0, Math.min(100, progress)));
        Div fill = new Div();
        fill.addClassName("ladder-progress-fill");
        fill.getStyle().set("width", pct + "%");
        Div track = new Div(fill);
        track.addClassName("ladder-progress-track");
        track.getElement().setAttribute("role", "progressbar");
        track.getElement().setAttribute("aria-label", "Progress of " + title);
        track.getElement().setAttribute("aria-valuenow", String.valueOf(pct));
        track.getElement().setAttribute("aria-valuemin", "0");
        track.getElement().setAttribute("aria-valuemax", "100");
        Span label = new Span(Formats.percent(progress));
        label.addClassName("ladder-progress-label");
        Div bar = new Div(track, label);
        bar.addClassName("ladder-progress");
        return bar;
    }
}
