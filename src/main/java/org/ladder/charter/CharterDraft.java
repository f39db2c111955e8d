package org.ladder.charter;

import java.util.List;

/** What leadership edits in a draft. */
public record CharterDraft(String mission, String vision, List<CharterSnapshot.Value> values,
        List<PillarInput> pillars, String changeReason) {

    public record PillarInput(String name, String description, Long ownerId) {
    }
}
