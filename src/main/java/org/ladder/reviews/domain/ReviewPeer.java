package org.ladder.reviews.domain;

import java.time.Instant;

import org.ladder.base.persistence.UtcInstantConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A colleague asked for input on a review: proposed by the person (waiting for the manager to confirm) or asked,
 * then exactly one of given, declined, lapsed (the deadline passed, or they left). Versioned: a second answer
 * conflicts.
 */
@Entity
@Table(name = "review_peer")
public class ReviewPeer {

    public enum Status { PROPOSED, ASKED, GIVEN, DECLINED, LAPSED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_peer_seq")
    @SequenceGenerator(name = "review_peer_seq", sequenceName = "review_peer_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "review_id", nullable = false, updatable = false)
    private long reviewId;

    @Column(name = "peer_id", nullable = false, updatable = false)
    private long peerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(name = "proposed_by_id", nullable = false)
    private long proposedById;

    @Column(length = 4000)
    private String input;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "responded_at")
    private Instant respondedAt;

    protected ReviewPeer() {
    }

    public ReviewPeer(long reviewId, long peerId, long proposedById, boolean asked) {
        this.reviewId = reviewId;
        this.peerId = peerId;
        this.proposedById = proposedById;
        this.status = asked ? Status.ASKED : Status.PROPOSED;
    }

    public void ask() {
        if (status != Status.PROPOSED && status != Status.ASKED) {
            throw new IllegalStateException("Peer " + peerId + " has already answered");
        }
        status = Status.ASKED;
    }

    public boolean isOpen() {
        return status == Status.ASKED;
    }

    public void give(String input, Instant at) {
        requireOpen();
        this.input = input;
        this.status = Status.GIVEN;
        this.respondedAt = at;
    }

    public void decline(Instant at) {
        requireOpen();
        this.status = Status.DECLINED;
        this.respondedAt = at;
    }

    public void lapse(Instant at) {
        if (status == Status.ASKED || status == Status.PROPOSED) {
            this.status = Status.LAPSED;
            this.respondedAt = at;
        }
    }

    private void requireOpen() {
        if (status != Status.ASKED) {
            throw new IllegalStateException("This input request is no longer open (" + status + ")");
        }
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long reviewId() {
        return reviewId;
    }

    public long peerId() {
        return peerId;
    }

    public Status status() {
        return status;
    }

    public long proposedById() {
        return proposedById;
    }

    public String input() {
        return input;
    }

    public Instant respondedAt() {
        return respondedAt;
    }
}
