package org.ladder.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ladder.charter.CharterSnapshot.Value;

/** The rules of a charter draft, without a database. */
class CharterRulesTest {

    private static CharterDraft draft(String mission, List<Value> values, List<CharterDraft.PillarInput> pillars,
            String reason) {
        return new CharterDraft(mission, "A vision", values, pillars, reason);
    }

    private static final List<Value> VALUES = List.of(new Value("Candour", "We say what we see."));
    private static final List<CharterDraft.PillarInput> PILLARS =
            List.of(new CharterDraft.PillarInput("Customers", "Win and keep them.", null));

    @Test
    void aCompleteDraftPasses() {
        assertThat(CharterService.validate(draft("Our mission", VALUES, PILLARS, "Because"), 2, true)).isEmpty();
    }

    @Test
    void savingADraftMayBeIncompleteButSubmittingMayNot() {
        CharterDraft empty = draft("", List.of(), List.of(), "");
        assertThat(CharterService.validate(empty, 2, false)).isEmpty();
        Map<String, String> e = CharterService.validate(empty, 2, true);
        assertThat(e).containsEntry("mission", "The mission is required.")
                .containsEntry("values", "Name at least one value.")
                .containsEntry("pillars", "Name at least one strategic pillar.")
                .containsEntry("changeReason", "The reason for the change is required.");
    }

    @Test
    void theFirstVersionNeedsNoReason() {
        assertThat(CharterService.validate(draft("M", VALUES, PILLARS, ""), 1, true)).isEmpty();
    }

    @Test
    void oversizeAndDuplicateNames() {
        Map<String, String> e = CharterService.validate(draft("x".repeat(2001),
                List.of(new Value("Trust", "a"), new Value("trust ", "b"), new Value("", "c")), PILLARS, "r"), 2, true);
        assertThat(e.get("mission")).isEqualTo("The mission is longer than 2000 characters (2001).");
        assertThat(e.get("values[1].name")).isEqualTo("Two values are called trust.");
        assertThat(e.get("values[2].name")).isEqualTo("The value's name is required.");
    }
}
