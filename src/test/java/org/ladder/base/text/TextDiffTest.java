package org.ladder.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ladder.base.text.TextDiff.Kind;
import org.ladder.base.text.TextDiff.Segment;

class TextDiffTest {

    @Test
    void sameTextIsOneUnchangedSegment() {
        List<Segment> d = TextDiff.diff("Help teams grow", "Help teams grow");
        assertThat(d).containsExactly(new Segment(Kind.SAME, "Help teams grow"));
        assertThat(TextDiff.changed(d)).isFalse();
    }

    @Test
    void aReplacedWordIsRemovedAndAdded() {
        List<Segment> d = TextDiff.diff("Help small teams grow", "Help every team grow");
        assertThat(d).extracting(Segment::kind).contains(Kind.REMOVED, Kind.ADDED);
        assertThat(String.join("", d.stream().filter(s -> s.kind() != Kind.ADDED).map(Segment::text).toList()))
                .isEqualTo("Help small teams grow");
        assertThat(String.join("", d.stream().filter(s -> s.kind() != Kind.REMOVED).map(Segment::text).toList()))
                .isEqualTo("Help every team grow");
        assertThat(TextDiff.changed(d)).isTrue();
    }

    @Test
    void appendedAndEmptyTexts() {
        assertThat(TextDiff.diff("", "New mission")).containsExactly(new Segment(Kind.ADDED, "New mission"));
        assertThat(TextDiff.diff("Old", "")).containsExactly(new Segment(Kind.REMOVED, "Old"));
        assertThat(TextDiff.diff(null, null)).isEmpty();
        List<Segment> d = TextDiff.diff("We build.", "We build. Together.");
        assertThat(d.get(0)).isEqualTo(new Segment(Kind.SAME, "We build."));
        assertThat(d.get(d.size() - 1).kind()).isEqualTo(Kind.ADDED);
    }
}
