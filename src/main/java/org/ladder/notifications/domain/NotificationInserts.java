package org.ladder.notifications.domain;

import java.time.Instant;
import java.util.Collection;

import org.ladder.notifications.NotificationKind;

/** Bulk writes, outside JPA: one row per recipient, in JDBC batches. */
public interface NotificationInserts {

    /** Rows per JDBC batch. */
    int BATCH_SIZE = 1000;

    /** Inserts one notification per recipient, all with the same content and time, in the caller's transaction. */
    void insertAll(Collection<Long> recipientIds, NotificationKind kind, String title, String body, String link,
            String subject, Instant createdAt);
}
