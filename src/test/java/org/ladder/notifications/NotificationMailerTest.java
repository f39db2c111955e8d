package org.ladder.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

/** Without a configured mail server (the embedded default) nothing is ever sent. */
class NotificationMailerTest {

    private final NotificationMailer mailer = new NotificationMailer(
            new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), null, "ladder@localhost",
            "https://ladder.example.com/");

    @Test
    void eMailIsOffUnlessAMailSenderIsConfigured() throws Exception {
        assertThat(mailer.enabled()).isFalse();
        mailer.sendAfterCommit(new NotificationMailer.Mail(List.of(1L, 2L), "Subject", "Text", "task/1"));
        mailer.destroy(); // waits for the worker: nothing was queued
        assertThat(mailer.sentCount()).isZero();
        assertThat(mailer.failedCount()).isZero();
    }

    @Test
    void linksBecomeAbsoluteUnderTheBaseUrl() {
        assertThat(mailer.absoluteLink("task/42")).isEqualTo("https://ladder.example.com/task/42");
        assertThat(mailer.absoluteLink("")).isEqualTo("https://ladder.example.com/");
        assertThat(mailer.absoluteLink(null)).isEqualTo("https://ladder.example.com/");
    }
}
