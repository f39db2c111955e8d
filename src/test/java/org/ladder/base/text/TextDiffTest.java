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

    @Test
    void punctuationThatMovesIsDiffedApartFromItsWord() {
        List<Segment> d = TextDiff.diff("Travel made effortless and fair", "Travel made effortless, fair and low-carbon");
        // the garbled rendering was "~~effortless~~ effortless, fair and ~~fair~~ low-carbon"
        assertThat(d).containsExactly(new Segment(Kind.SAME, "Travel made effortless"),
                new Segment(Kind.ADDED, ", fair"),
                new Segment(Kind.SAME, " and "),
                new Segment(Kind.REMOVED, "fair"),
                new Segment(Kind.ADDED, "low-carbon"));
        assertThat(render(d)).isEqualTo("Travel made effortless[+, fair+] and [-fair-][+low-carbon+]");
        assertThat(oldText(d)).isEqualTo("Travel made effortless and fair");
        assertThat(newText(d)).isEqualTo("Travel made effortless, fair and low-carbon");
    }

    @Test
    void wordsChangedSideBySideAreOneRemovalThenOneAddition() {
        List<Segment> d = TextDiff.diff("Help small teams grow", "Help every team grow");
        assertThat(render(d)).isEqualTo("Help [-small teams-][+every team+] grow");
    }

    @Test
    void aCommaAddedAfterAWordLeavesTheWordUnchanged() {
        assertThat(render(TextDiff.diff("We build trust", "We build, trust"))).isEqualTo("We build[+,+] trust");
        assertThat(render(TextDiff.diff("Grow (together).", "Grow together!")))
                .isEqualTo("Grow [-(-]together[-).-][+!+]");
    }

    @Test
    void everyCharacterSurvivesTheDiff() {
        String before = "Ünïcode — “quotes”, e-mail & 42 % of 2025's goals…  twice\nnew line";
        String after = "Unicode: ‘quotes’; e-mail & 43 % of 2026's goals… once\n\nnew line 🙂";
        List<Segment> d = TextDiff.diff(before, after);
        assertThat(oldText(d)).isEqualTo(before);
        assertThat(newText(d)).isEqualTo(after);
    }

    private static String oldText(List<Segment> d) {
        return String.join("", d.stream().filter(s -> s.kind() != Kind.ADDED).map(Segment::text).toList());
    }

    private static String newText(List<Segment> d) {
        return String.join("", d.stream().filter(s -> s.kind() != Kind.REMOVED).map(Segment::text).toList());
    }

    private static String render(List<Segment> d) {
        StringBuilder out = new StringBuilder();
        for (Segment s : d) {
            out.append(switch (s.kind()) {
                case SAME -> s.text();
                case ADDED -> "[+" + s.text() + "+]";
                case REMOVED -> "[-" + s.text() + "-]";
            });
        }
        return out.toString();
    }
}
