package org.ladder.notifications.domain;

import java.time.Instant;
import java.util.List;

import org.ladder.notifications.NotificationItem;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, Long>, NotificationInserts {

    @Query("select new org.ladder.notifications.NotificationItem(n.id, n.kind, n.title, n.body, n.link,"
            + " n.createdAt, n.readAt, n.doneAt) from Notification n where n.recipientPersonId = :personId"
            + " order by n.createdAt desc, n.id desc")
    List<NotificationItem> recent(long personId, Pageable page);

    long countByRecipientPersonId(long personId);

    long countByRecipientPersonIdAndReadAtIsNull(long personId);

    boolean existsByIdAndRecipientPersonId(long id, long personId);

    /** Marks one of the person's notifications read; 0 when it is not theirs or was read already. */
    @Modifying
    @Query("update Notification n set n.readAt = :now"
            + " where n.id = :id and n.recipientPersonId = :personId and n.readAt is null")
    int markRead(long id, long personId, Instant now);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.recipientPersonId = :personId and n.readAt is null")
    int markAllRead(long personId, Instant now);

    /** The people with a notification about {@code subject} that is not done yet. */
    @Query("select distinct n.recipientPersonId from Notification n where n.subject = :subject and n.doneAt is null")
    List<Long> recipientsNotDone(String subject);

    /** Marks every notification about {@code subject} done (and read, if it was not). */
    @Modifying
    @Query("update Notification n set n.doneAt = :now, n.readAt = coalesce(n.readAt, :now)"
            + " where n.subject = :subject and n.doneAt is null")
    int markDone(String subject, Instant now);

    /** Marks one person's notifications about {@code subject} done (and read, if they were not). */
    @Modifying
    @Query("update Notification n set n.doneAt = :now, n.readAt = coalesce(n.readAt, :now)"
            + " where n.subject = :subject and n.recipientPersonId = :personId and n.doneAt is null")
    int markDone(String subject, long personId, Instant now);
}
