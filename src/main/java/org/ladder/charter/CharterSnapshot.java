package org.ladder.charter;

import java.time.Instant;
import java.util.List;

/** One charter version as read: mission, vision, values and pillars, with its status and history fields. */
public record CharterSnapshot(long id, long version, int number, CharterStatus status, String mission, String vision,
        List<Value> values, List<Pillar> pillars, String changeReason, long draftedBy, String draftedByName,
        Instant createdAt, Instant submittedAt, Instant publishedAt) {

    public record Value(String name, String description) {
    }

    public record Pillar(String name, String description, Long ownerId, String ownerName) {
    }

    public String label() {
        return "Charter version " + number;
    }

    /** The editable part, to start a form from. */
    public CharterDraft toDraft() {
        return new CharterDraft(mission, vision, values, pillars.stream()
                .map(p -> new CharterDraft.PillarInput(p.name(), p.description(), p.ownerId())).toList(),
                changeReason);
    }
}
