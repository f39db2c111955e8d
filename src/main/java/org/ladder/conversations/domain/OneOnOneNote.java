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
 * A note of one of the two: private to its writer (nobody else ever reads it — not the other, the manager chain or
 * HR), or shared with both. It belongs to the meeting it was written for once the 1:1 is held.
 */
@Entity
@Table(name = "one_on_one_note")
public class OneOnOneNote extends OneOnOneItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "one_on_one_note_seq")
    @SequenceGenerator(name = "one_on_one_note_seq", sequenceName = "one_on_one_note_seq", allocationSize = 50)
    private Long id;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(nullable = false)
    private boolean shared;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OneOnOneNote() {
    }

    public OneOnOneNote(OneOnOne oneOnOne, long authorId, String text, boolean shared, Instant at) {
        super(oneOnOne);
        if (!oneOnOne.isBetween(authorId)) {
            throw new IllegalArgumentException("Only the manager or the report writes notes");
        }
        this.authorId = authorId;
        this.text = text;
        this.shared = shared;
        this.writtenAt = at;
        this.updatedAt = at;
    }

    /** The writer alone sees a private note; a shared one is for both (and those who may read the 1:1). */
    public boolean isReadableBy(long personId) {
        return shared || authorId == personId;
    }

    /** The writer changes the words or who reads them, until the 1:1 is held. */
    public void edit(long personId, String newText, boolean nowShared, Instant at) {
        requireCurrent();
        if (personId != authorId) {
            throw new IllegalStateException("Only the writer changes a note.");
        }
        this.text = newText;
        this.shared = nowShared;
        this.updatedAt = at;
    }

    @Override
    protected boolean closesWithMeeting() {
        return true;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getText() {
        return text;
    }

    public boolean isShared() {
        return shared;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
