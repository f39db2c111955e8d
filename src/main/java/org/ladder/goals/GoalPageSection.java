package org.ladder.goals;

import org.ladder.base.security.LadderUser;

import com.vaadin.flow.component.Component;

/**
 * A part of a goal's page contributed by another module (its check-ins over time), so that goals depends on none
 * of them — as {@link org.ladder.people.PersonPageSection} does for a person's page. Shown below the key results in
 * ascending {@link #order()}; each checks through its own module's services what the viewer may see.
 */
public interface GoalPageSection {

    int order();

    /** The section about {@code goal} for {@code viewer}; {@code null} when there is nothing they may see. */
    Component create(GoalDetails goal, LadderUser viewer);
}
