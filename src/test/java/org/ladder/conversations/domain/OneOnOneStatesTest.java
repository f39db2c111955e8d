package org.ladder.conversations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The rules of a 1:1's items: what carries over, what a held meeting keeps, who may change what. */
class OneOnOneStatesTest {

    static final long MANAGER = 1;
    static final long REPORT = 2;
    static final long OTHER = 3;
    static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    final OneOnOne oneOnOne = new OneOnOne(MANAGER, REPORT, T0);

    @Test
    void holdingKeepsDiscussedTopicsDoneItemsAndNotesWithTheMeetingAndCarriesTheRestOver() {
        AgendaTopic discussed = AgendaTopic.raisedBy(oneOnOne, REPORT, "Training budget", T0);
        AgendaTopic waiting = AgendaTopic.raisedBy(oneOnOne, MANAGER, "On-call rota", T0);
        AgendaTopic atRisk = AgendaTopic.goalNeedsAttention(oneOnOne, 42, T0);
        discussed.discuss(T0.plusSeconds(60));
        ActionItem done = new ActionItem(oneOnOne, MANAGER, "Book the course", REPORT, DAY.plusDays(7), T0);
        ActionItem open = new ActionItem(oneOnOne, REPORT, "Draft the proposal", REPORT, null, T0);
        done.complete(T0.plusSeconds(120));
        OneOnOneNote note = new OneOnOneNote(oneOnOne, MANAGER, "Good progress", true, T0);

        OneOnOneMeeting meeting = oneOnOne.hold(DAY, MANAGER, T0.plusSeconds(3600),
                List.of(discussed, waiting, atRisk), List.of(done, open), List.of(note));

        assertThat(discussed.getMeeting()).isSameAs(meeting);
        assertThat(done.getMeeting()).isSameAs(meeting);
        assertThat(note.getMeeting()).isSameAs(meeting);
        assertThat(waiting.isCurrent()).isTrue();
        assertThat(atRisk.isCurrent()).isTrue();
        assertThat(atRisk.isWaitingAbout(42)).isTrue();
        assertThat(open.isCurrent()).isTrue();
        assertThat(oneOnOne.getLastHeldOn()).isEqualTo(DAY);
        assertThat(meeting.getHeldOn()).isEqualTo(DAY);
    }

    @Test
    void anOpenActionItemCarriesOverMeetingAfterMeetingUntilItIsDone() {
        ActionItem item = new ActionItem(oneOnOne, MANAGER, "Write the runbook", REPORT, null, T0);
        oneOnOne.hold(DAY, MANAGER, T0, List.of(), List.of(item), List.of());
        oneOnOne.hold(DAY.plusDays(14), MANAGER, T0, List.of(), List.of(item), List.of());
        assertThat(item.isCurrent()).isTrue();
        item.complete(T0);
        OneOnOneMeeting third = oneOnOne.hold(DAY.plusDays(28), MANAGER, T0, List.of(), List.of(item), List.of());
        assertThat(item.getMeeting()).isSameAs(third);
        assertThat(oneOnOne.getLastHeldOn()).isEqualTo(DAY.plusDays(28));
    }

    @Test
    void aTopicTickedOffByMistakeCanBeReopenedBeforeTheMeetingButNotAfter() {
        AgendaTopic topic = AgendaTopic.raisedBy(oneOnOne, REPORT, "Feedback on my release", T0);
        topic.discuss(T0);
        topic.reopen();
        assertThat(topic.isDiscussed()).isFalse();
        topic.discuss(T0);
        oneOnOne.hold(DAY, MANAGER, T0, List.of(topic), List.of(), List.of());
        assertThatThrownBy(topic::reopen).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("can no longer be changed");
        assertThatThrownBy(() -> topic.edit(REPORT, "Changed")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anOverdueActionItemIsOpenAndPastItsDueDate() {
        ActionItem item = new ActionItem(oneOnOne, MANAGER, "Send the slides", MANAGER, DAY, T0);
        assertThat(item.isOverdue(DAY)).isFalse();
        assertThat(item.isOverdue(DAY.plusDays(1))).isTrue();
        item.complete(T0);
        assertThat(item.isOverdue(DAY.plusDays(1))).isFalse();
        item.reopen();
        assertThat(item.isDone()).isFalse();
    }

    @Test
    void onlyTheAuthorChangesOrRemovesATopicAndCheckInTopicsKeepTheirWords() {
        AgendaTopic topic = AgendaTopic.raisedBy(oneOnOne, REPORT, "Promotion path", T0);
        assertThatThrownBy(() -> topic.edit(MANAGER, "Something else")).isInstanceOf(IllegalStateException.class);
        assertThat(topic.mayBeRemovedBy(MANAGER)).isFalse();
        assertThat(topic.mayBeRemovedBy(REPORT)).isTrue();
        topic.edit(REPORT, "Promotion path and timeline");
        assertThat(topic.getText()).isEqualTo("Promotion path and timeline");
        topic.discuss(T0);
        assertThat(topic.mayBeRemovedBy(REPORT)).isFalse();

        AgendaTopic fromCheckIn = AgendaTopic.goalNeedsAttention(oneOnOne, 7, T0);
        assertThatThrownBy(() -> fromCheckIn.edit(REPORT, "x")).isInstanceOf(IllegalStateException.class);
        assertThat(fromCheckIn.mayBeRemovedBy(REPORT)).isFalse();
        fromCheckIn.discuss(T0);
        assertThat(fromCheckIn.isWaitingAbout(7)).isFalse();
    }

    @Test
    void aPrivateNoteIsItsWritersAloneAndOnlyTheWriterChangesIt() {
        OneOnOneNote note = new OneOnOneNote(oneOnOne, REPORT, "Thinking about changing teams", false, T0);
        assertThat(note.isReadableBy(REPORT)).isTrue();
        assertThat(note.isReadableBy(MANAGER)).isFalse();
        assertThat(note.isReadableBy(OTHER)).isFalse();
        assertThatThrownBy(() -> note.edit(MANAGER, "x", true, T0)).isInstanceOf(IllegalStateException.class);
        note.edit(REPORT, "Thinking about changing teams next year", true, T0.plusSeconds(5));
        assertThat(note.isReadableBy(MANAGER)).isTrue();
        assertThat(note.getUpdatedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void onlyTheTwoTakePartAndActionItemsAreForOneOfThem() {
        assertThatThrownBy(() -> AgendaTopic.raisedBy(oneOnOne, OTHER, "x", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OneOnOneNote(oneOnOne, OTHER, "x", true, T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ActionItem(oneOnOne, MANAGER, "x", OTHER, null, T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> oneOnOne.hold(DAY, OTHER, T0, List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OneOnOne(MANAGER, MANAGER, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void holdingALaterMeetingFirstKeepsTheLatestDate() {
        oneOnOne.hold(DAY, MANAGER, T0, List.of(), List.of(), List.of());
        oneOnOne.hold(DAY.minusDays(7), MANAGER, T0, List.of(), List.of(), List.of());
        assertThat(oneOnOne.getLastHeldOn()).isEqualTo(DAY);
    }
}
