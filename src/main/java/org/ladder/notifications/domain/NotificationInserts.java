package org.ladder.notifications.domain;

import java.time.Instant;
import java.util.Collection;

import org.ladder.notifications.NotificationKind;

/** Bulk writes, outside JPA: one row per recipient, in JDBC batches. */
public interface NotificationInserts {

    /** Rows per JDBC batch. */
    int BATCH_SIZE = 1000;

    /** One notification with content of its own. */
    record Row(long recipientId, String title, String body, String link, String subject) {
    }

    /** Inserts these notifications, each with its own recipient and content, of one kind and time, in one batch. */
    void insertRows(java.util.List<Row> rows, NotificationKind kind, Instant createdAt);

    /** Inserts one notification per recipient, all with the same content and time, in the caller's transaction. */
    void insertAll(Collection<Long> recipientIds, NotificationKind kind, String title, String body, String link,
            String subject, Instant createdAt);
}
