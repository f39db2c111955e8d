package org.ladder.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.ladder.base.paging.OffsetPage;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;
import org.ladder.base.ui.LiveUpdates;
import org.ladder.notifications.domain.Notification;
import org.ladder.notifications.domain.NotificationInserts;
import org.ladder.notifications.domain.NotificationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications: writing them (in bulk, for thousands of people at once) and the signed-in person's own list,
 * unread count and read marks. Writing commits with the caller's transaction; the unread badges of the people
 * concerned and their e-mails follow after the commit.
 */
@Service
@Transactional
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final LiveUpdates liveUpdates;
    private final NotificationMailer mailer;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, LiveUpdates liveUpdates,
            NotificationMailer mailer, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.liveUpdates = liveUpdates;
        this.mailer = mailer;
        this.clock = clock;
    }

    /**
     * Notifies each of these people once (duplicates and {@code null}s are ignored), inside the caller's
     * transaction: rows in JDBC batches of 1,000, then — after commit — a live update of their unread badges
     * and, when e-mail is configured, an e-mail each (in the background). A title longer than 200 characters and
     * a body longer than 1,000 are shortened; {@code link} is a route path inside the portal ({@code null} for
     * none).
     * <p>
     * No caller check: this module's event listeners call it, also where nobody is signed in (the engine's job
     * executor); no other module may depend on this one.
     *
     * @return how many people were notified
     */
    public int notify(Collection<Long> personIds, NotificationKind kind, String title, String body, String link) {
        return notify(personIds, kind, title, body, link, null);
    }

    /**
     * As {@link #notify(Collection, NotificationKind, String, String, String)}, about a piece of work: {@code subject}
     * names it (e.g. {@code task:42}, {@code ack:7}; at most {@value Notification#MAX_SUBJECT} characters), so that
     * {@link #markDone} clears it once the work is done.
     */
    public int notify(Collection<Long> personIds, NotificationKind kind, String title, String body, String link,
            String subject) {
        Objects.requireNonNull(kind, "kind");
        if (subject != null && (subject.isBlank() || subject.length() > Notification.MAX_SUBJECT)) {
            throw new IllegalArgumentException("A notification subject has 1 to " + Notification.MAX_SUBJECT
                    + " characters");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A notification needs a title");
        }
        List<Long> ids = personIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return 0;
        }
        String t = shorten(title.strip(), Notification.MAX_TITLE);
        String b = body == null || body.isBlank() ? null : shorten(body.strip(), Notification.MAX_BODY);
        String l = routePath(link);
        notifications.insertAll(ids, kind, t, b, l, subject, now());
        liveUpdates.changed(ids);
        mailer.sendAfterCommit(new NotificationMailer.Mail(ids, t, b == null ? t : b, l));
        return ids.size();
    }

    /** One notification of {@link #notifyEach}: its recipient and its own words. */
    public record Note(long personId, String title, String body, String link, String subject) {
    }

    /**
     * Many notifications of one kind at once, each with its own recipient and words (e.g. every task a launch job
     * created, each named for its assignee): one JDBC batch for all rows, then — after commit — one live update and,
     * when e-mail is configured, one e-mail per distinct content. Titles and bodies are shortened and subjects
     * checked as in {@link #notify(Collection, NotificationKind, String, String, String, String)}.
     *
     * @return how many notifications were written
     */
    public int notifyEach(NotificationKind kind, List<Note> notes) {
        Objects.requireNonNull(kind, "kind");
        List<NotificationInserts.Row> rows = new java.util.ArrayList<>();
        Map<List<String>, List<Long>> mails = new java.util.LinkedHashMap<>();
        for (Note note : notes) {
            String subject = note.subject();
            if (subject != null && (subject.isBlank() || subject.length() > Notification.MAX_SUBJECT)) {
                throw new IllegalArgumentException("A notification subject has 1 to " + Notification.MAX_SUBJECT
                        + " characters");
            }
            if (note.title() == null || note.title().isBlank()) {
                throw new IllegalArgumentException("A notification needs a title");
            }
            String t = shorten(note.title().strip(), Notification.MAX_TITLE);
            String b = note.body() == null || note.body().isBlank() ? null
                    : shorten(note.body().strip(), Notification.MAX_BODY);
            String l = routePath(note.link());
            rows.add(new NotificationInserts.Row(note.personId(), t, b, l, subject));
            mails.computeIfAbsent(java.util.Arrays.asList(t, b, l), k -> new java.util.ArrayList<>())
                    .add(note.personId());
        }
        if (rows.isEmpty()) {
            return 0;
        }
        notifications.insertRows(rows, kind, now());
        liveUpdates.changed(rows.stream().map(NotificationInserts.Row::recipientId).distinct().toList());
        mails.forEach((content, ids) -> mailer.sendAfterCommit(new NotificationMailer.Mail(ids.stream().distinct()
                .toList(), content.get(0), content.get(1) == null ? content.get(0) : content.get(1), content.get(2))));
        return rows.size();
    }

    /** The caller's notifications, newest first. */
    @Transactional(readOnly = true)
    public List<NotificationItem> mine(long offset, int limit) {
        LadderUser me = currentUser.require();
        return notifications.recent(me.personId(), OffsetPage.of(offset, limit));
    }

    @Transactional(readOnly = true)
    public long countMine() {
        return notifications.countByRecipientPersonId(currentUser.require().personId());
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientPersonIdAndReadAtIsNull(currentUser.require().personId());
    }

    /**
     * Marks one of the caller's notifications read. Idempotent: marking it again changes nothing.
     *
     * @return whether it was unread until now
     * @throws AccessDeniedException when it is not the caller's (or does not exist)
     */
    public boolean markRead(long notificationId) {
        long me = currentUser.require().personId();
        if (notifications.markRead(notificationId, me, now()) == 0) {
            if (!notifications.existsByIdAndRecipientPersonId(notificationId, me)) {
                throw new AccessDeniedException("This notification is not yours.");
            }
            return false;
        }
        liveUpdates.changed(List.of(me));
        return true;
    }

    /** Marks all of the caller's notifications read; returns how many were unread. */
    public int markAllRead() {
        long me = currentUser.require().personId();
        int changed = notifications.markAllRead(me, now());
        if (changed > 0) {
            liveUpdates.changed(List.of(me));
        }
        return changed;
    }

    /**
     * The work {@code subject} is done (by anyone who may do it): every notification about it is marked done, and
     * read, for everyone. No caller check, like {@link #notify}: this module's listeners call it.
     *
     * @return how many notifications changed
     */
    public int markDone(String subject) {
        List<Long> recipients = notifications.recipientsNotDone(subject);
        if (recipients.isEmpty()) {
            return 0;
        }
        int changed = notifications.markDone(subject, now());
        liveUpdates.changed(recipients);
        return changed;
    }

    /** As {@link #markDone(String)}, for one person's notifications only (e.g. they acknowledged). */
    public int markDone(String subject, long personId) {
        int changed = notifications.markDone(subject, personId, now());
        if (changed > 0) {
            liveUpdates.changed(List.of(personId));
        }
        return changed;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS); // datetime(6)
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** A route path inside the portal, without a leading slash; anything else is dropped with a warning. */
    static String routePath(String link) {
        if (link == null) {
            return null;
        }
        String path = link.strip();
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (SCHEME.matcher(path).find() || path.length() > Notification.MAX_LINK) {
            log.warn("Notification link dropped, not a route path of up to {} characters: {}",
                    Notification.MAX_LINK, shorten(link, 100));
            return null;
        }
        return path;
    }
}
