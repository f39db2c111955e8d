package org.ladder.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ladder.notifications.FreshPeople.Team;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.ladder.tasks.AcknowledgementReminderDue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/**
 * Notification e-mails against an in-process SMTP server (GreenMail) on a free port. The shared context's mail
 * sender points at {@code localhost:3025} (see application-test.properties); these tests point it at GreenMail
 * while they run and back afterwards.
 */
@LadderIntegrationTest
class NotificationMailTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    NotificationMailer mailer;
    @Autowired
    NotificationService notifications;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TestCampaignAudience audience;
    @Autowired
    FreshPeople freshPeople;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TransactionTemplate tx;
    @Value("${ladder.mail.base-url}")
    String baseUrl;

    private int configuredPort;
    Team team;

    @BeforeEach
    void pointTheSenderAtGreenMail() {
        configuredPort = mailSender.getPort();
        mailSender.setPort(smtp.getSmtp().getPort());
        team = freshPeople.team();
    }

    @AfterEach
    void restore() {
        mailSender.setPort(configuredPort);
        signedIn.nobody();
    }

    private List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void aReminderArrivesByEmailWithAnAbsoluteLinkIntoThePortal() throws Exception {
        long campaign = audience.newCampaign();
        audience.pending(campaign, null, List.of(team.jon().id(), team.kim().id()));
        tx.executeWithoutResult(s -> events.publishEvent(
                new AcknowledgementReminderDue(campaign, null, "Charter 2027", "charter/7")));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(team.jon().email()).size() == 1
                && mailTo(team.kim().email()).size() == 1);
        MimeMessage mail = mailTo(team.jon().email()).get(0);
        assertThat(mail.getSubject()).isEqualTo("Reminder: please acknowledge Charter 2027");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("ladder@localhost");
        String text = GreenMailUtil.getBody(mail);
        assertThat(text).contains("You have not acknowledged it yet")
                .contains(baseUrl + "/charter/7");
        assertThat(baseUrl).startsWith("http");
    }

    @Test
    void aTaskEmailLinksStraightToTheTask() throws Exception {
        notifications.notify(List.of(team.lead().id()), NotificationKind.TASK, "New task: Approve goals",
                "It is assigned to you.", "task/abc-123");

        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(team.lead().email()).size() == 1);
        assertThat(GreenMailUtil.getBody(mailTo(team.lead().email()).get(0))).contains(baseUrl + "/task/abc-123");
    }

    @Test
    void anUnreachableMailServerLosesTheEmailButNotTheNotification() {
        mailSender.setPort(configuredPort); // nothing listens there
        long failedBefore = mailer.failedCount();

        notifications.notify(List.of(team.kim().id()), NotificationKind.REMINDER, "Unreachable", null, "");

        signedIn.as(team.kim().username());
        assertThat(notifications.unreadCount()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> mailer.failedCount() > failedBefore);
        assertThat(mailTo(team.kim().email())).isEmpty();
    }
}
