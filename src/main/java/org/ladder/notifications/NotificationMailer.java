package org.ladder.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.ladder.people.PeopleService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends notifications by e-mail, best effort. Off unless Spring Boot configured a {@link JavaMailSender}
 * ({@code spring.mail.host} set); the embedded default sends nothing.
 * <p>
 * After the notifying transaction commits, one job per notification goes to a single worker thread with a
 * bounded queue ({@value #QUEUE_CAPACITY} jobs), so a request that notifies 50,000 people never waits for SMTP.
 * The worker looks up the recipients' addresses (active people only) {@value #CHUNK} at a time and sends each
 * chunk over one SMTP connection. A failure is logged as a warning and never reaches the business transaction;
 * when the server cannot be reached the rest of that job is dropped. Jobs still queued when the application stops
 * are lost: the in-portal notification is the record, the e-mail only a nudge.
 */
@Component
class NotificationMailer implements DisposableBean {

    static final int QUEUE_CAPACITY = 1000;
    static final int CHUNK = 500;
    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    /** What one notify call sends: the same text to every recipient. */
    record Mail(List<Long> recipientIds, String subject, String text, String link) {
    }

    private final ObjectProvider<JavaMailSender> senders;
    private final PeopleService people;
    private final String from;
    private final String baseUrl;
    private final ExecutorService worker;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    NotificationMailer(ObjectProvider<JavaMailSender> senders, PeopleService people,
            @Value("${ladder.mail.from:ladder@localhost}") String from,
            @Value("${ladder.mail.base-url:http://localhost:8080}") String baseUrl) {
        this.senders = senders;
        this.people = people;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUE_CAPACITY), r -> {
                    Thread t = new Thread(r, "ladder-mail");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Whether e-mail is configured at all. */
    boolean enabled() {
        return senders.getIfAvailable() != null;
    }

    /** The absolute address of a route path, e.g. {@code task/42} -> {@code http://host/task/42}. */
    String absoluteLink(String link) {
        return baseUrl + "/" + (link == null ? "" : link);
    }

    /** Queues the e-mail once the current transaction commits (at once without one); nothing when disabled. */
    void sendAfterCommit(Mail mail) {
        if (!enabled() || mail.recipientIds().isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    queue(mail);
                }
            });
        } else {
            queue(mail);
        }
    }

    private void queue(Mail mail) {
        try {
            worker.execute(() -> send(mail));
        } catch (RejectedExecutionException e) {
            failed.addAndGet(mail.recipientIds().size());
            log.warn("E-mail queue full: '{}' not e-mailed to {} people", mail.subject(), mail.recipientIds().size());
        }
    }

    private void send(Mail mail) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return;
        }
        List<Long> ids = mail.recipientIds();
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            try {
                if (!sendChunk(sender, mail, chunk)) {
                    int rest = ids.size() - start - chunk.size();
                    failed.addAndGet(rest);
                    if (rest > 0) {
                        log.warn("E-mail '{}': {} further e-mails not sent", mail.subject(), rest);
                    }
                    return;
                }
            } catch (RuntimeException e) {
                failed.addAndGet(ids.size() - start);
                log.warn("E-mail '{}': e-mails not sent: {}", mail.subject(), e.toString());
                return;
            }
        }
    }

    /** Sends one chunk over one connection; false when the server could not be reached at all. */
    private boolean sendChunk(JavaMailSender sender, Mail mail, List<Long> chunk) {
        Map<Long, String> addresses = people.activeEmails(chunk);
        List<MimeMessage> messages = new ArrayList<>(addresses.size());
        String text = mail.text() + "\n\nOpen in Ladder: " + absoluteLink(mail.link())
                + "\n\n-- \nLadder. You get this e-mail because Ladder has a notification for you.\n";
        for (String address : addresses.values()) {
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
                helper.setFrom(from);
                helper.setTo(address);
                helper.setSubject(mail.subject());
                helper.setText(text);
                messages.add(message);
            } catch (MessagingException | RuntimeException e) {
                failed.incrementAndGet();
                log.warn("E-mail '{}': no e-mail to <{}>: {}", mail.subject(), address, e.getMessage());
            }
        }
        if (messages.isEmpty()) {
            return true;
        }
        try {
            sender.send(messages.toArray(MimeMessage[]::new));
            sent.addAndGet(messages.size());
            return true;
        } catch (MailSendException e) {
            int notSent = e.getFailedMessages().isEmpty() ? messages.size() : e.getFailedMessages().size();
            failed.addAndGet(notSent);
            sent.addAndGet(messages.size() - notSent);
            log.warn("E-mail '{}': {} of {} e-mails not sent: {}", mail.subject(), notSent, messages.size(),
                    reason(e));
            return notSent < messages.size();
        } catch (MailException e) {
            failed.addAndGet(messages.size());
            log.warn("E-mail '{}': {} e-mails not sent: {}", mail.subject(), messages.size(), reason(e));
            return false;
        }
    }

    /** The reason in one line: the first failed message's exception, or the root cause. */
    private static String reason(MailException e) {
        Throwable t = e instanceof MailSendException send && !send.getFailedMessages().isEmpty()
                ? send.getFailedMessages().values().iterator().next()
                : e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** E-mails handed to the server since start (for tests and operations). */
    long sentCount() {
        return sent.get();
    }

    /** E-mails given up since start: server unreachable, bad address, queue full. */
    long failedCount() {
        return failed.get();
    }

    @Override
    public void destroy() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
            List<Runnable> dropped = worker.shutdownNow();
            log.warn("Stopped with {} notification e-mail jobs unsent", dropped.size());
        }
    }
}
