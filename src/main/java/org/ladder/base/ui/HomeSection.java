package org.ladder.base.ui;

import org.ladder.base.security.LadderUser;

import com.vaadin.flow.component.Component;

/**
 * A part of the home view, contributed by a feature module (the signed-in person's team, the charter banner,
 * open tasks...). Sections are shown in ascending {@link #order()}.
 */
public interface HomeSection {

    int order();

    /** Builds the section for this person; may return {@code null} when there is nothing to show. */
    Component create(LadderUser user);
}
