package org.ladder.people;

import org.ladder.base.security.LadderUser;

import com.vaadin.flow.component.Component;

/**
 * A part of a person's page contributed by another module (their goals, their acknowledgements), so that the
 * people module depends on none of them — as {@link org.ladder.base.ui.HomeSection} does for the home page.
 * Sections are shown in ascending {@link #order()}; each checks through its own module's services what the viewer
 * may see.
 */
public interface PersonPageSection {

    int order();

    /** The section about {@code person} for {@code viewer}; {@code null} when there is nothing they may see. */
    Component create(PersonSummary person, LadderUser viewer);
}
