package org.ladder.goals.ui;

import java.util.Locale;

import org.ladder.goals.ApprovalState;
import org.ladder.goals.GoalNode;
import org.ladder.goals.GoalStatus;
import org.ladder.goals.Visibility;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A goal's status badge and its markers (orphan, at risk, private), as every goal view shows them. */
final class GoalBadges {

    private GoalBadges() {
    }

    /** "Active", "Draft · Awaiting approval", ... as a coloured badge. */
    static Span status(GoalStatus status, ApprovalState approval) {
        Span badge = new Span();
        if (status == null) {
            return badge;
        }
        String text = status.label();
        String css = status.name().toLowerCase(Locale.ROOT);
        if (approval == ApprovalState.PENDING || approval == ApprovalState.RETURNED) {
            text = status == GoalStatus.DRAFT ? approval.label() : text + " · " + approval.label().toLowerCase(Locale.ROOT);
            css = approval.name().toLowerCase(Locale.ROOT);
        }
        badge.setText(text);
        badge.addClassNames("ladder-goal-status", "ladder-goal-status-" + css);
        return badge;
    }

    static Span marker(String text, String kind, String tooltip) {
        Span s = new Span(text);
        s.addClassNames("ladder-marker", "ladder-marker-" + kind);
        if (tooltip != null) {
            s.setTitle(tooltip);
        }
        return s;
    }

    /** Orphan (or justified orphan), at risk, private. */
    static Div markers(boolean orphan, boolean justified, boolean atRisk, Visibility visibility) {
        Div box = new Div();
        box.addClassName("ladder-markers");
        if (orphan) {
            box.add(justified ? marker("Orphan · justified", "justified", "Aligned to nothing, kept on purpose")
                    : marker("Orphan", "orphan", "This goal ladders up to nothing"));
        }
        if (atRisk) {
            box.add(marker("At risk", "risk", "Progress is well behind the time elapsed in its period"));
        }
        if (visibility == Visibility.PRIVATE) {
            box.add(marker("Private", "private", Visibility.PRIVATE.label()));
        }
        return box;
    }

    static Div markers(GoalNode n) {
        return markers(n.orphan(), n.justified(), n.atRisk(), n.visibility());
    }
}
