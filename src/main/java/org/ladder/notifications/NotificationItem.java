package org.ladder.notifications;

import java.time.Instant;

/**
 * A notification as its recipient sees it. {@code link} is a route path inside the portal (e.g.
 * {@code task/42}, {@code ""} for the home page), or {@code null}; {@code readAt} is {@code null} while unread;
 * {@code doneAt} is when the work it asked for was done (the task completed, the change acknowledged), or
 * {@code null}.
 */
public record NotificationItem(long id, NotificationKind kind, String title, String body, String link,
        Instant createdAt, Instant readAt, Instant doneAt) {

    public boolean unread() {
        return readAt == null;
    }

    /** Whether the work it is about has been done (such a notification is read as well). */
    public boolean done() {
        return doneAt != null;
    }
}
