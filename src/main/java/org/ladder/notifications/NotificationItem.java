package org.ladder.notifications;

import java.time.Instant;

/**
 * A notification as its recipient sees it. {@code link} is a route path inside the portal (e.g.
 * {@code task/42}, {@code ""} for the home page), or {@code null}; {@code readAt} is {@code null} while unread.
 */
public record NotificationItem(long id, NotificationKind kind, String title, String body, String link,
        Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
