package org.ladder.charter.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ladder.charter.CharterStatus;
import org.ladder.charter.VersionSummary;

/** Version 1 is announced as published, not as a change with everything marked new. */
class CharterHomeSectionTest {

    private static final Instant T = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void theFirstPublishedVersionIsPublishedNotChanged() {
        VersionSummary v1 = new VersionSummary(1, 1, CharterStatus.PUBLISHED, null, "Catherine Okafor", T, T);
        assertThat(CharterHomeSection.isFirstPublication(List.of(v1), 1)).isTrue();
    }

    @Test
    void aLaterVersionIsAChangeButNotAfterADiscardedOrUnpublishedOne() {
        VersionSummary v1 = new VersionSummary(1, 1, CharterStatus.SUPERSEDED, null, "Catherine Okafor", T, T);
        VersionSummary v2 = new VersionSummary(2, 2, CharterStatus.PUBLISHED, "Grew", "Catherine Okafor", T, T);
        assertThat(CharterHomeSection.isFirstPublication(List.of(v2, v1), 2)).isFalse();
        VersionSummary neverPublished = new VersionSummary(3, 1, CharterStatus.DRAFT, null, "Catherine Okafor", T, null);
        assertThat(CharterHomeSection.isFirstPublication(List.of(v2, neverPublished), 2)).isTrue();
    }
}
