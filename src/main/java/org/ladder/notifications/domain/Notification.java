package org.ladder.notifications.domain;

import org.ladder.base.persistence.UtcInstantConverter;

import java.time.Instant;

import org.ladder.notifications.NotificationKind;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One notification for one person. Written in bulk by {@link NotificationInserts} (never through JPA), read and
 * marked read through {@link NotificationRepository}. Insert-only apart from {@code readAt} and {@code doneAt}, which
 * only ever go from {@code null} to a time: no {@code @Version} needed.
 */
@Entity
@Table(name = "notification")
public class Notification {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 1000;
    public static final int MAX_LINK = 300;
    public static final int MAX_SUBJECT = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "recipient_person_id", nullable = false)
    private long recipientPersonId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NotificationKind kind;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(length = MAX_BODY)
    private String body;

    @Column(length = MAX_LINK)
    private String link;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "read_at")
    private Instant readAt;

    /** What work it is about ({@code task:42}, {@code ack:7}), or {@code null}: marked done with that work. */
    @Column(length = MAX_SUBJECT)
    private String subject;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "done_at")
    private Instant doneAt;

    protected Notification() {
    }

    public Long getId() {
        return id;
    }

    public long getRecipientPersonId() {
        return recipientPersonId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
