package org.ladder.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The rules of feedback, without Spring: every broken rule at once, keyed by field. */
class FeedbackRulesTest {

    private static final long GIVER = 1;
    private static final long RECEIVER = 2;

    private static FeedbackDraft valid() {
        return new FeedbackDraft(RECEIVER, FeedbackKind.PRAISE, null, null, FeedbackVisibility.RECEIVER, "Well done.");
    }

    private static Map<String, String> check(FeedbackDraft draft) {
        return FeedbackRules.check(draft, GIVER, true, true, true);
    }

    @Test
    void validFeedbackBreaksNoRule() {
        assertThat(check(valid())).isEmpty();
        assertThat(check(new FeedbackDraft(RECEIVER, FeedbackKind.CONSTRUCTIVE, 5L, null,
                FeedbackVisibility.MANAGERS, "x".repeat(FeedbackLimits.TEXT_MAX_LENGTH)))).isEmpty();
    }

    @Test
    void everythingMissingIsSaidAtOnce() {
        assertThat(check(new FeedbackDraft(null, null, null, null, null, "  "))).containsOnlyKeys("receiver", "kind",
                "visibility", "text");
    }

    @Test
    void nobodyGivesThemselvesFeedbackNorFeedbackToSomeoneWhoLeft() {
        assertThat(check(new FeedbackDraft(GIVER, FeedbackKind.PRAISE, null, null, FeedbackVisibility.RECEIVER,
                "Me!"))).containsEntry("receiver", "You cannot give yourself feedback.");
        assertThat(FeedbackRules.check(valid(), GIVER, false, true, true))
                .containsEntry("receiver", "Choose someone who works here now.");
    }

    @Test
    void oversizedTextIsRefusedWithItsLength() {
        assertThat(check(new FeedbackDraft(RECEIVER, FeedbackKind.PRAISE, null, null, FeedbackVisibility.RECEIVER,
                "x".repeat(FeedbackLimits.TEXT_MAX_LENGTH + 1))))
                .containsOnlyKeys("text").containsEntry("text", "At most 2000 characters (this has 2001).");
    }

    @Test
    void aboutIsAGoalTheGiverMaySeeOrAPublishedValueButNotBoth() {
        assertThat(check(new FeedbackDraft(RECEIVER, FeedbackKind.PRAISE, 5L, "Candour",
                FeedbackVisibility.RECEIVER, "Hi"))).containsEntry("about", "Choose a goal or a value, not both.");
        assertThat(FeedbackRules.check(new FeedbackDraft(RECEIVER, FeedbackKind.PRAISE, 5L, null,
                FeedbackVisibility.RECEIVER, "Hi"), GIVER, true, false, true))
                .containsEntry("about", "Choose one of their goals that you can see.");
        assertThat(FeedbackRules.check(new FeedbackDraft(RECEIVER, FeedbackKind.PRAISE, null, "Speed",
                FeedbackVisibility.RECEIVER, "Hi"), GIVER, true, true, false))
                .containsEntry("about", "Choose one of the values of the published charter.");
    }

    @Test
    void anOptionalTextMayBeEmptyButNotTooLong() {
        Map<String, String> errors = new LinkedHashMap<>();
        assertThat(FeedbackRules.text("  ", false, 10, "note", null, errors)).isNull();
        assertThat(FeedbackRules.text(" ok ", false, 10, "note", null, errors)).isEqualTo("ok");
        assertThat(errors).isEmpty();
        FeedbackRules.text("x".repeat(11), false, 10, "note", null, errors);
        assertThat(errors).containsEntry("note", "At most 10 characters (this has 11).");
    }

    @Test
    void theReminderComesBeforeTheDueDateAndTheExpiryAfterIt() {
        FeedbackTimings defaults = new FeedbackTimings(null, null, null);
        assertThat(defaults.reminderDelay()).isEqualTo(Duration.ofDays(5));
        assertThat(defaults.expiryDelay()).isEqualTo(Duration.ofDays(21));
        assertThatThrownBy(() -> new FeedbackTimings(Duration.ofDays(2), Duration.ofDays(3), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void privateFeedbackIsNeverToldToItsReceiver() {
        assertThatThrownBy(() -> new FeedbackGiven(1, GIVER, RECEIVER, FeedbackKind.PRAISE, true, RECEIVER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new FeedbackGiven(1, GIVER, RECEIVER, FeedbackKind.PRAISE, false, RECEIVER).tell())
                .isEqualTo(RECEIVER);
    }
}
