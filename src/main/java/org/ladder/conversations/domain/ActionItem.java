package org.ladder.conversations.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.ladder.base.persistence.UtcInstantConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Something one of the two agreed to do, by a date; carried over from 1:1 to 1:1 until it is done. */
@Entity
@Table(name = "one_on_one_action")
public class ActionItem extends OneOnOneItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "one_on_one_action_seq")
    @SequenceGenerator(name = "one_on_one_action_seq", sequenceName = "one_on_one_action_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 300)
    private String text;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "added_by", nullable = false)
    private long addedBy;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "done_at")
    private Instant doneAt;

    protected ActionItem() {
    }

    public ActionItem(OneOnOne oneOnOne, long addedBy, String text, long ownerId, LocalDate dueOn, Instant at) {
        super(oneOnOne);
        if (!oneOnOne.isBetween(addedBy) || !oneOnOne.isBetween(ownerId)) {
            throw new IllegalArgumentException("An action item is added by and owned by one of the two");
        }
        this.addedBy = addedBy;
        this.text = text;
        this.ownerId = ownerId;
        this.dueOn = dueOn;
        this.addedAt = at;
    }

    public void complete(Instant at) {
        requireCurrent();
        if (doneAt == null) {
            doneAt = at;
        }
    }

    /** Back to open (before the 1:1 is held). */
    public void reopen() {
        requireCurrent();
        doneAt = null;
    }

    public void change(String newText, long newOwnerId, LocalDate newDueOn) {
        requireCurrent();
        if (!getOneOnOne().isBetween(newOwnerId)) {
            throw new IllegalArgumentException("An action item is owned by one of the two");
        }
        this.text = newText;
        this.ownerId = newOwnerId;
        this.dueOn = newDueOn;
    }

    public boolean isDone() {
        return doneAt != null;
    }

    /** Open and past its due date. */
    public boolean isOverdue(LocalDate today) {
        return !isDone() && dueOn != null && dueOn.isBefore(today);
    }

    @Override
    protected boolean closesWithMeeting() {
        return isDone();
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public long getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
