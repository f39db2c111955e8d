package org.ladder.notifications.ui;

import org.ladder.base.security.LadderUser;
import org.ladder.base.ui.NavigationBadge;
import org.ladder.notifications.NotificationService;
import org.springframework.stereotype.Component;

/** The number of unread notifications next to "Notifications" in the navigation. */
@Component
class UnreadNotificationsBadge implements NavigationBadge {

    private final NotificationService notifications;

    UnreadNotificationsBadge(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public String path() {
        return NotificationsView.ROUTE;
    }

    /** The shell asks for the signed-in person; the service counts the caller's own. */
    @Override
    public long count(LadderUser user) {
        return notifications.unreadCount();
    }
}
