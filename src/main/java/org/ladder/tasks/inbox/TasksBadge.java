package org.ladder.tasks.inbox;

import org.ladder.base.security.LadderUser;
import org.ladder.base.ui.NavigationBadge;
import org.springframework.stereotype.Component;

/** The number next to "Tasks" in the navigation: my open tasks plus my groups' unassigned ones. */
@Component
class TasksBadge implements NavigationBadge {

    private final EngineInboxService inbox;

    TasksBadge(EngineInboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public String path() {
        return "tasks";
    }

    @Override
    public long count(LadderUser user) {
        return inbox.openCount(user.getUsername());
    }
}
