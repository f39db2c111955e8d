package org.ladder.base.ui;

import org.ladder.base.security.LadderUser;

/**
 * Hides a navigation entry from people it means nothing to, where the route's access annotation cannot say so (e.g.
 * "1:1s" only for people who have a manager or reports). The route itself still checks access.
 */
public interface NavigationGate {

    /** The route path of the navigation entry, as in {@code @Route} (e.g. {@code "one-on-ones"}). */
    String path();

    /** Whether the entry shows for this person. */
    boolean shows(LadderUser user);
}
