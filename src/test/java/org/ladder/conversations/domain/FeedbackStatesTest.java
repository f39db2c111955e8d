package org.ladder.conversations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.ladder.conversations.FeedbackKind;
import org.ladder.conversations.FeedbackRequestStatus;
import org.ladder.conversations.FeedbackVisibility;

/** Who reads a piece of feedback, and a request's transitions (each guards itself). */
class FeedbackStatesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final long GIVER = 1;
    private static final long RECEIVER = 2;
    private static final long OTHER = 3;

    private static Feedback feedback(FeedbackVisibility visibility) {
        return new Feedback(GIVER, RECEIVER, FeedbackKind.PRAISE, visibility, null, null, "Text", null, NOW);
    }

    @Test
    void theReceiverReadsOnlyWhatIsVisibleToThemWhateverElseTheyAre() {
        assertThat(feedback(FeedbackVisibility.RECEIVER).readableBy(RECEIVER, false, false)).isTrue();
        assertThat(feedback(FeedbackVisibility.MANAGERS).readableBy(RECEIVER, false, false)).isFalse();
        assertThat(feedback(FeedbackVisibility.MANAGERS).readableBy(RECEIVER, true, true))
                .as("not even as HR").isFalse();
    }

    @Test
    void theGiverTheManagersAndHrReadBothVisibilitiesAndNobodyElseReadsAny() {
        for (FeedbackVisibility v : FeedbackVisibility.values()) {
            assertThat(feedback(v).readableBy(GIVER, false, false)).isTrue();
            assertThat(feedback(v).readableBy(OTHER, false, true)).isTrue();
            assertThat(feedback(v).readableBy(OTHER, true, false)).isTrue();
            assertThat(feedback(v).readableBy(OTHER, false, false)).isFalse();
        }
    }

    @Test
    void nobodyGivesThemselvesFeedbackOrAsksThemselves() {
        assertThatThrownBy(() -> new Feedback(GIVER, GIVER, FeedbackKind.PRAISE, FeedbackVisibility.RECEIVER, null,
                null, "x", null, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FeedbackRequest(GIVER, GIVER, null, null, NOW, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRequestEndsOnceAndOnlyOnce() {
        FeedbackRequest answered = new FeedbackRequest(RECEIVER, GIVER, null, null, NOW, NOW.plusSeconds(60));
        assertThat(answered.isOpen()).isTrue();
        assertThat(answered.isOverdue(NOW.plusSeconds(61))).isTrue();
        answered.answer(9, NOW);
        assertThat(answered.getStatus()).isEqualTo(FeedbackRequestStatus.GIVEN);
        assertThat(answered.getFeedbackId()).isEqualTo(9);
        assertThat(answered.isOverdue(NOW.plusSeconds(61))).isFalse();
        assertThatThrownBy(() -> answered.withdraw(NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> answered.expire(NOW)).isInstanceOf(IllegalStateException.class);

        FeedbackRequest declined = new FeedbackRequest(RECEIVER, GIVER, null, null, NOW, NOW);
        declined.decline("Busy", NOW);
        assertThat(declined.getStatus()).isEqualTo(FeedbackRequestStatus.DECLINED);
        assertThat(declined.getDeclineReason()).isEqualTo("Busy");
        assertThatThrownBy(() -> declined.answer(1, NOW)).isInstanceOf(IllegalStateException.class);

        FeedbackRequest withdrawn = new FeedbackRequest(RECEIVER, GIVER, null, null, NOW, NOW);
        withdrawn.withdraw(NOW);
        assertThat(withdrawn.getStatus()).isEqualTo(FeedbackRequestStatus.WITHDRAWN);
        assertThat(withdrawn.getClosedAt()).isEqualTo(NOW);
    }
}
