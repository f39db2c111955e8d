package org.ladder.people.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReportingLoopsTest {

    @Test
    void aTreeHasNoLoop() {
        Map<String, String> up = new HashMap<>();
        up.put("ceo", null);
        up.put("vp", "ceo");
        up.put("a", "vp");
        up.put("b", "vp");
        assertThat(ReportingLoops.find(up)).isEmpty();
    }

    @Test
    void findsTwoPersonLoop() {
        Map<String, String> up = Map.of("B", "A", "A", "B");
        assertThat(ReportingLoops.find(up)).containsExactly(List.of("A", "B"));
        assertThat(ReportingLoops.describe(List.of("A", "B"))).isEqualTo("A → B → A");
    }

    @Test
    void findsLongLoopReachedFromOutsideOnlyOnce() {
        Map<String, String> up = new HashMap<>();
        up.put("x", "c"); // x reports into the loop but is not part of it
        up.put("c", "d");
        up.put("d", "e");
        up.put("e", "c");
        up.put("y", null);
        assertThat(ReportingLoops.find(up)).containsExactly(List.of("c", "d", "e"));
    }

    @Test
    void findsSelfLoopAndSeveralLoops() {
        Map<String, String> up = new HashMap<>();
        up.put("s", "s");
        up.put("p", "q");
        up.put("q", "p");
        assertThat(ReportingLoops.find(up)).containsExactlyInAnyOrder(List.of("s"), List.of("p", "q"));
    }

    @Test
    void managerOutsideTheMapIsATop() {
        assertThat(ReportingLoops.find(Map.of("a", "unknown"))).isEmpty();
    }
}
