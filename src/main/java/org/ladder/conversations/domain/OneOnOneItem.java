package org.ladder.conversations.domain;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What a 1:1's agenda, notes and action items share: the 1:1 they belong to, the meeting they were closed into
 * (none while they are carried over) and a version per item, so that two people editing one agenda at once only
 * collide on the very same item.
 */
@MappedSuperclass
public abstract class OneOnOneItem {

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "one_on_one_id", nullable = false)
    private OneOnOne oneOnOne;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private OneOnOneMeeting meeting;

    protected OneOnOneItem() {
    }

    protected OneOnOneItem(OneOnOne oneOnOne) {
        this.oneOnOne = oneOnOne;
    }

    public abstract Long getId();

    public long getVersion() {
        return version;
    }

    public OneOnOne getOneOnOne() {
        return oneOnOne;
    }

    public OneOnOneMeeting getMeeting() {
        return meeting;
    }

    /** Still on the current agenda (not yet part of a held meeting). */
    public boolean isCurrent() {
        return meeting == null;
    }

    boolean belongsTo(OneOnOne other) {
        return oneOnOne == other || (oneOnOne.getId() != null && oneOnOne.getId().equals(other.getId()));
    }

    /** Whether holding the 1:1 now closes this item into the meeting (else it is carried over). */
    protected abstract boolean closesWithMeeting();

    void closeInto(OneOnOneMeeting held) {
        if (meeting == null && closesWithMeeting()) {
            meeting = held;
        }
    }

    /** Refuses a change of an item that belongs to a held meeting: the record of a meeting stays as it was. */
    protected void requireCurrent() {
        if (meeting != null) {
            throw new IllegalStateException("This belongs to the 1:1 held on " + meeting.getHeldOn()
                    + " and can no longer be changed.");
        }
    }
}
