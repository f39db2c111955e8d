package org.ladder.goals.ui;

import java.util.List;

import org.ladder.base.security.LadderUser;
import org.ladder.base.ui.HomeSection;
import org.ladder.base.ui.LiveSection;
import org.ladder.base.ui.LiveUpdates;
import org.ladder.goals.ApprovalState;
import org.ladder.goals.GoalNode;
import org.ladder.goals.GoalQueries;
import org.ladder.goals.GoalStatus;
import org.ladder.goals.LadderEntry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/**
 * Home: my goals with their progress, those that need an update from me first (at risk, returned for changes,
 * still a draft). Rebuilds itself live.
 */
@org.springframework.stereotype.Component
class MyGoalsHomeSection implements HomeSection {

    /** How many goals the card lists before "all N on My ladder". */
    static final int GOALS_SHOWN = 8;

    private final GoalQueries goals;
    private final LiveUpdates liveUpdates;

    MyGoalsHomeSection(GoalQueries goals, LiveUpdates liveUpdates) {
        this.goals = goals;
        this.liveUpdates = liveUpdates;
    }

    @Override
    public int order() {
        return 3; // after "to do", before the changes to acknowledge and the charter
    }

    @Override
    public Component create(LadderUser user) {
        return new Section(user);
    }

    /** Why a goal needs its owner, or null. */
    static String needsUpdate(GoalNode g) {
        if (g.approval() == ApprovalState.RETURNED) {
            return "returned for changes";
        }
        if (g.status() == GoalStatus.DRAFT && g.approval() != ApprovalState.PENDING) {
            return "still a draft";
        }
        if (g.atRisk()) {
            return "it is at risk, update its progress";
        }
        return null;
    }

    final class Section extends LiveSection {

        Section(LadderUser user) {
            super(user.personId(), liveUpdates);
            setId("my-goals-home");
            addClassNames("ladder-card", "ladder-my-goals");
            rebuild();
        }

        @Override
        protected void rebuild() {
            removeAll();
            add(new H3("My goals"));
            List<GoalNode> mine = goals.myLadder().stream().map(LadderEntry::goal)
                    .filter(g -> g.status() != GoalStatus.ABANDONED)
                    .sorted(java.util.Comparator.comparing((GoalNode g) -> needsUpdate(g) == null)).toList();
            if (mine.isEmpty()) {
                Paragraph none = new Paragraph("You have no goals yet. ");
                none.add(new RouterLink("Plan one on My ladder", MyLadderView.class));
                none.setId("my-goals-empty");
                add(none);
                return;
            }
            for (GoalNode g : mine.subList(0, Math.min(GOALS_SHOWN, mine.size()))) {
                Div row = new Div();
                row.addClassName("ladder-my-goal");
                Div head = new Div(GoalLinks.link(g.goalId(), g.title()), GoalBadges.status(g.status(), g.approval()));
                head.addClassName("ladder-ladder-head");
                row.add(head, ProgressMeter.of(g.progress()));
                String why = needsUpdate(g);
                if (why != null) {
                    Span hint = new Span("Needs you: " + why);
                    hint.addClassName("ladder-my-goal-update");
                    row.add(hint);
                }
                add(row);
            }
            RouterLink all = new RouterLink(mine.size() > GOALS_SHOWN ? "All " + mine.size() + " goals on My ladder"
                    : "My ladder", MyLadderView.class);
            all.setId("my-goals-all");
            add(new Paragraph(all));
        }
    }
}
