package org.ladder.conversations.domain;

import java.time.Instant;

import org.ladder.base.persistence.UtcInstantConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A topic on a 1:1's shared agenda: either side's words, or a goal a check-in rated at risk or off track (then
 * {@code goalId} names it and the agenda shows its title as the viewer may see it). Carried over until it is
 * discussed and the 1:1 is held.
 */
@Entity
@Table(name = "one_on_one_topic")
public class AgendaTopic extends OneOnOneItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "one_on_one_topic_seq")
    @SequenceGenerator(name = "one_on_one_topic_seq", sequenceName = "one_on_one_topic_seq", allocationSize = 50)
    private Long id;

    @Column(length = 300)
    private String text;

    @Column(name = "goal_id")
    private Long goalId;

    @Column(name = "added_by")
    private Long addedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "discussed_at")
    private Instant discussedAt;

    protected AgendaTopic() {
    }

    private AgendaTopic(OneOnOne oneOnOne, String text, Long goalId, Long addedBy, Instant addedAt) {
        super(oneOnOne);
        this.text = text;
        this.goalId = goalId;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    /** A topic one of the two adds. */
    public static AgendaTopic raisedBy(OneOnOne oneOnOne, long personId, String text, Instant at) {
        if (!oneOnOne.isBetween(personId)) {
            throw new IllegalArgumentException("Only the manager or the report adds topics");
        }
        return new AgendaTopic(oneOnOne, text, null, personId, at);
    }

    /** A goal a check-in rated at risk or off track: it heads the agenda. */
    public static AgendaTopic goalNeedsAttention(OneOnOne oneOnOne, long goalId, Instant at) {
        return new AgendaTopic(oneOnOne, null, goalId, null, at);
    }

    public void edit(long personId, String newText) {
        requireCurrent();
        if (goalId != null || addedBy == null || addedBy != personId) {
            throw new IllegalStateException("Only the person who added a topic changes its words.");
        }
        this.text = newText;
    }

    /** Ticks the topic off; it leaves the agenda when the 1:1 is held. */
    public void discuss(Instant at) {
        requireCurrent();
        if (discussedAt == null) {
            discussedAt = at;
        }
    }

    /** Puts a topic ticked off by mistake back on the agenda (before the 1:1 is held). */
    public void reopen() {
        requireCurrent();
        discussedAt = null;
    }

    /** Whether the person may take the topic off the agenda: its author, while it was not discussed. */
    public boolean mayBeRemovedBy(long personId) {
        return isCurrent() && discussedAt == null && addedBy != null && addedBy == personId;
    }

    public boolean isDiscussed() {
        return discussedAt != null;
    }

    /** A topic a check-in raised (about a goal at risk or off track) that is still waiting. */
    public boolean isWaitingAbout(long goal) {
        return goalId != null && goalId == goal && isCurrent() && !isDiscussed();
    }

    @Override
    protected boolean closesWithMeeting() {
        return isDiscussed();
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public Long getGoalId() {
        return goalId;
    }

    public Long getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public Instant getDiscussedAt() {
        return discussedAt;
    }
}
