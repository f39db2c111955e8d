package org.ladder.cycles.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.ladder.cycles.OnboardingCloseReason;
import org.ladder.cycles.OnboardingSettings;
import org.ladder.cycles.OnboardingStage;

/** The onboarding row's transitions: in order, each once (the engine retries steps), and closed ones stay closed. */
class OnboardingStatesTest {

    static final Instant JOINED = Instant.parse("2026-12-07T09:00:00Z");
    static final OnboardingSettings SETTINGS = new OnboardingSettings(Duration.ofDays(3), Duration.ofDays(14),
            Duration.ofDays(3), Duration.ofDays(2));

    private static Onboarding fresh() {
        return new Onboarding(1, 42, 7, null, JOINED, SETTINGS.goalsDueAt(JOINED));
    }

    @Test
    void aJoinerAcknowledgesThenIsDoneAndFreesTheirOpenSlot() {
        Onboarding o = fresh();
        assertThat(o.getStage()).isEqualTo(OnboardingStage.ACKNOWLEDGING);
        assertThat(o.started("pi-1")).isTrue();
        assertThat(o.started("pi-2")).as("a second start job finds it started").isFalse();
        assertThat(o.getProcessInstanceId()).isEqualTo("pi-1");

        assertThat(o.acknowledged(JOINED.plusSeconds(60))).isTrue();
        assertThat(o.acknowledged(JOINED.plusSeconds(120))).as("a retried step changes nothing").isFalse();
        assertThat(o.getAcknowledgedAt()).isEqualTo(JOINED.plusSeconds(60));
        assertThat(o.getStage()).isEqualTo(OnboardingStage.SETTING_GOALS);

        assertThat(o.done(JOINED.plusSeconds(600))).isTrue();
        assertThat(o.getStage()).isEqualTo(OnboardingStage.DONE);
        assertThat(o.done(JOINED.plusSeconds(700))).isFalse();
        assertThat(o.close(OnboardingCloseReason.LEFT, JOINED.plusSeconds(800))).as("done is final").isFalse();
        assertThat(o.getStage()).isEqualTo(OnboardingStage.DONE);
    }

    @Test
    void aLeaverIsClosedOnceAndIsNeitherRemindedNorEscalatedAfterwards() {
        Onboarding o = fresh();
        o.acknowledged(JOINED);
        assertThat(o.close(OnboardingCloseReason.LEFT, JOINED.plusSeconds(5))).isTrue();
        assertThat(o.close(OnboardingCloseReason.CYCLE_ENDED, JOINED.plusSeconds(6))).isFalse();
        assertThat(o.getCloseReason()).isEqualTo(OnboardingCloseReason.LEFT);
        o.reminded(JOINED.plusSeconds(7));
        o.escalated(Onboarding.EscalatedTo.HR, JOINED.plusSeconds(8));
        assertThat(o.getRemindedAt()).isNull();
        assertThat(o.getEscalatedAt()).isNull();
        assertThat(o.done(JOINED.plusSeconds(9))).isFalse();
        assertThat(o.isOverdue(JOINED.plus(Duration.ofDays(30)))).as("a closed one is never overdue").isFalse();
    }

    @Test
    void anOpenOnboardingIsOverdueAfterItsDeadlineAndOnlyGoalsCanBeEscalated() {
        Onboarding o = fresh();
        assertThat(o.isOverdue(JOINED.plus(Duration.ofDays(13)))).isFalse();
        assertThat(o.isOverdue(JOINED.plus(Duration.ofDays(15)))).isTrue();
        o.escalated(Onboarding.EscalatedTo.MANAGER, JOINED);
        assertThat(o.getEscalatedTo()).as("the charter step has no escalation").isNull();
        o.acknowledged(JOINED);
        o.escalated(Onboarding.EscalatedTo.MANAGER, JOINED.plus(Duration.ofDays(16)));
        assertThat(o.getEscalatedTo()).isEqualTo(Onboarding.EscalatedTo.MANAGER);
    }

    @Test
    void theWaitsAreCheckedAndTheMomentsCountFromTheJoin() {
        assertThat(SETTINGS.goalsDueAt(JOINED)).isEqualTo(Instant.parse("2026-12-21T09:00:00Z"));
        assertThat(SETTINGS.goalsRemindAt(SETTINGS.goalsDueAt(JOINED))).isEqualTo(Instant.parse("2026-12-18T09:00:00Z"));
        assertThat(SETTINGS.goalsEscalateAt(SETTINGS.goalsDueAt(JOINED)))
                .isEqualTo(Instant.parse("2026-12-23T09:00:00Z"));
        assertThatThrownBy(() -> new OnboardingSettings(Duration.ofDays(3), Duration.ZERO, Duration.ZERO,
                Duration.ZERO)).hasMessageContaining("onboarding-goals-within");
        assertThatThrownBy(() -> new OnboardingSettings(Duration.ofDays(3), Duration.ofDays(2), Duration.ofDays(2),
                Duration.ZERO)).hasMessageContaining("reminder-before");
        assertThatThrownBy(() -> new OnboardingSettings(Duration.ofDays(-1), Duration.ofDays(2), Duration.ZERO,
                Duration.ZERO)).hasMessageContaining("zero or more");
        assertThatThrownBy(() -> new Onboarding(1, 42, 7, null, JOINED, JOINED.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
