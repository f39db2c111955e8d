package org.ladder.reviews.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ladder.reviews.RatingKind;
import org.ladder.reviews.ReviewStep;

/** A review's steps guard themselves; nothing but the acknowledgement changes once it is shared. */
class ReviewStatesTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    static Review fresh() {
        return new Review("r1", 7, 3L, 3L, 9L, 1, "HR", NOW, NOW.plusSeconds(3600));
    }

    static List<ReviewAnswer> self() {
        return List.of(ReviewAnswer.text(ReviewAnswer.Author.SELF, "highlights", "Shipped it"));
    }

    static List<ReviewAnswer> manager() {
        return List.of(ReviewAnswer.text(ReviewAnswer.Author.MANAGER, "highlights", "Indeed"));
    }

    @Test
    void theStepsGoInOrder() {
        Review r = fresh();
        assertThat(r.step()).isEqualTo(ReviewStep.SELF_REVIEW);
        assertThatThrownBy(() -> r.submitManager(manager(), 3, "x", 3, "y", "Ines", NOW, true, NOW))
                .isInstanceOf(ReviewStateException.class);
        r.submitSelf(self(), "learned", NOW, true, NOW);
        assertThat(r.step()).isEqualTo(ReviewStep.PEER_INPUT);
        assertThatThrownBy(() -> r.saveSelf(self(), "again")).isInstanceOf(ReviewStateException.class)
                .hasMessage("The self review is already submitted.");
        r.peersDone(NOW);
        r.submitManager(manager(), 4, "great", 2, "elsewhere", "Ines", NOW, true, NOW);
        assertThat(r.step()).isEqualTo(ReviewStep.CALIBRATION);
        RatingRevision rev = r.revise(RatingKind.ALIGNMENT, 3, "more context", 5L, "Head", NOW);
        assertThat(rev.fromRating()).isEqualTo(2);
        assertThat(r.alignmentRating()).isEqualTo(3);
        assertThat(r.revise(RatingKind.ALIGNMENT, 3, "same", 5L, "Head", NOW)).isNull();
        r.calibrated(true, NOW);
        assertThatThrownBy(() -> r.revise(RatingKind.PERFORMANCE, 1, "late", 5L, "Head", NOW))
                .isInstanceOf(ReviewStateException.class);
        r.share("Ines", NOW, NOW);
        assertThat(r.isShared()).isTrue();
        assertThatThrownBy(r::refuseReopen).hasMessageContaining("cannot be reopened");
        assertThatThrownBy(() -> r.share("Ines", NOW, NOW)).hasMessageContaining("not reopened");
        assertThatThrownBy(() -> r.saveManager(manager(), 1, "x", 1, "y")).isInstanceOf(ReviewStateException.class);
        r.acknowledge("thanks", NOW);
        assertThat(r.step()).isEqualTo(ReviewStep.DONE);
        assertThatThrownBy(() -> r.acknowledge("again", NOW)).hasMessage("You have already acknowledged this review.");
        assertThat(r.end("left", NOW)).as("a done review does not end").isFalse();
    }

    @Test
    void anOpenReviewEndsAndStaysEnded() {
        Review r = fresh();
        assertThat(r.end("the person left", NOW)).isTrue();
        assertThat(r.step()).isEqualTo(ReviewStep.ENDED);
        assertThat(r.isOpen()).isFalse();
        assertThatThrownBy(() -> r.submitSelf(self(), null, NOW, false, NOW)).isInstanceOf(ReviewStateException.class);
    }

    @Test
    void lateWhenTheStepsDueDatePassedAndEscalationResetsWithTheStep() {
        Review r = fresh();
        assertThat(r.isLate(NOW)).isFalse();
        assertThat(r.isLate(NOW.plusSeconds(7200))).isTrue();
        r.escalated(1);
        r.escalated(2);
        r.escalated(1);
        assertThat(r.escalationLevel()).isEqualTo(2);
        r.skipSelf(NOW, false, NOW.plusSeconds(60));
        assertThat(r.selfSkipped()).isTrue();
        assertThat(r.escalationLevel()).isZero();
        assertThat(r.step()).isEqualTo(ReviewStep.MANAGER_REVIEW);
    }

    @Test
    void aTemplateVersionInUseCannotBeRewritten() {
        ReviewTemplateVersion v = new ReviewTemplateVersion(1, 1, org.ladder.reviews.DefaultTemplate.draft("T"), "HR",
                NOW);
        v.rewrite(org.ladder.reviews.DefaultTemplate.draft("T2"), "HR", NOW);
        assertThat(v.name()).isEqualTo("T2");
        assertThat(v.draft().performanceScale().points()).isEqualTo(5);
        v.markInUse();
        assertThatThrownBy(() -> v.rewrite(org.ladder.reviews.DefaultTemplate.draft("T3"), "HR", NOW))
                .isInstanceOf(IllegalStateException.class);
    }
}
