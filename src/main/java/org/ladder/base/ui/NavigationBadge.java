package org.ladder.base.ui;

import org.ladder.base.security.LadderUser;

/**
 * A count shown next to a navigation entry (open tasks, unread notifications). Feature modules provide these as
 * beans; the shell asks them when it is built and whenever {@link LiveUpdates} says the person's data changed.
 */
public interface NavigationBadge {

    /** The route path of the navigation entry, as in {@code @Route} (e.g. {@code "tasks"}). */
    String path();

    /** The count for this person; 0 hides the badge. */
    long count(LadderUser user);
}
