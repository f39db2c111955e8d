package org.ladder.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ladder.notifications.FreshPeople;
import org.ladder.notifications.FreshPeople.Team;
import org.ladder.support.LadderIntegrationTest;
import org.ladder.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/**
 * Feedback e-mails against GreenMail (as {@code NotificationMailTest}): visible feedback mails its receiver (without
 * the text); private feedback mails the receiver's manager and never the receiver.
 */
@LadderIntegrationTest
class FeedbackMailTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    FeedbackGiving giving;
    @Autowired
    FreshPeople freshPeople;
    @Autowired
    SignedIn signedIn;

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
    void privateFeedbackIsMailedToTheManagerAndNeverToTheReceiver() throws Exception {
        signedIn.as(team.kim().username());
        giving.give(new FeedbackDraft(team.jon().id(), FeedbackKind.CONSTRUCTIVE, null, null,
                FeedbackVisibility.MANAGERS, "Secret remark about Jon."));
        giving.give(new FeedbackDraft(team.jon().id(), FeedbackKind.PRAISE, null, null, FeedbackVisibility.RECEIVER,
                "Open thanks to Jon."));

        await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(team.lead().email()).size() == 1
                && mailTo(team.jon().email()).size() == 1);
        MimeMessage manager = mailTo(team.lead().email()).get(0);
        assertThat(manager.getSubject()).isEqualTo(team.kim().name() + " gave private feedback about "
                + team.jon().name());
        assertThat(GreenMailUtil.getBody(manager)).doesNotContain("Secret remark");

        MimeMessage receiver = mailTo(team.jon().email()).get(0);
        assertThat(receiver.getSubject()).isEqualTo(team.kim().name() + " gave you praise");
        String body = GreenMailUtil.getBody(receiver);
        assertThat(body).doesNotContain("Open thanks").doesNotContain("Secret").doesNotContain("private");
        assertThat(Arrays.stream(smtp.getReceivedMessages())).as("nothing else was sent").hasSize(2);
    }
}
