package org.ladder.conversations.ui;

import org.ladder.base.security.LadderUser;
import org.ladder.base.ui.NavigationGate;
import org.ladder.conversations.OneOnOneQueries;
import org.springframework.stereotype.Component;

/** "1:1s" shows in the navigation for people who have a manager or reports. */
@Component
class OneOnOneNavigation implements NavigationGate {

    private final OneOnOneQueries queries;

    OneOnOneNavigation(OneOnOneQueries queries) {
        this.queries = queries;
    }

    @Override
    public String path() {
        return "one-on-ones";
    }

    @Override
    public boolean shows(LadderUser user) {
        return queries.hasOneOnOnes();
    }
}
