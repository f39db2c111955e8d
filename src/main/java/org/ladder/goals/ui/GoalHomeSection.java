package org.ladder.goals.ui;

import org.ladder.base.security.LadderUser;
import org.ladder.base.ui.HomeSection;
import org.ladder.base.ui.KeyedChildren;
import org.ladder.base.ui.LiveSection;
import org.ladder.base.ui.LiveUpdates;
import org.ladder.goals.GoalChangeNotice;
import org.ladder.goals.GoalQueries;
import org.ladder.tasks.AcknowledgementService;

import com.vaadin.flow.component.Component;

/**
 * Home: changes to goals above the person's own goals that they are asked to acknowledge (what changed, who, why,
 * their goals below with "Adjust"). Appears and disappears live, like the charter banner.
 */
@org.springframework.stereotype.Component
class GoalHomeSection implements HomeSection {

    private final GoalQueries goals;
    private final AcknowledgementService acknowledgements;
    private final LiveUpdates liveUpdates;

    GoalHomeSection(GoalQueries goals, AcknowledgementService acknowledgements, LiveUpdates liveUpdates) {
        this.goals = goals;
        this.acknowledgements = acknowledgements;
        this.liveUpdates = liveUpdates;
    }

    @Override
    public int order() {
        return 5; // above the charter: a change to a goal asks for action
    }

    @Override
    public Component create(LadderUser user) {
        return new Section(user);
    }

    /** Rebuilds itself whenever the person's data changes. */
    final class Section extends LiveSection {

        /** A banner is rebuilt only when its change does: a signal never throws away a question being typed. */
        private final KeyedChildren<GoalChangeNotice> banners;

        Section(LadderUser user) {
            super(user.personId(), liveUpdates);
            setId("goal-changes-home");
            banners = new KeyedChildren<>(this, n -> new GoalChangeBanner(n, acknowledgements, this::rebuild));
            rebuild();
        }

        @Override
        protected void rebuild() {
            banners.show(goals.myGoalChanges());
        }
    }
}
