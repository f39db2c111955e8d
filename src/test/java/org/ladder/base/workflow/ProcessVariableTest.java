package org.ladder.base.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProcessVariableTest {

    static final ProcessVariable<Long> GOAL_ID = ProcessVariable.longValue("goalId");
    static final ProcessVariable<Duration> DELAY = ProcessVariable.durationValue("reminderDelay");
    static final ProcessVariable<List<String>> APPROVERS = ProcessVariable.stringList("approvers");
    static final ProcessVariable<Boolean> RETURNED = ProcessVariable.booleanValue("returned");

    @Test
    void storesTheEngineTypesAndReadsThemBackTyped() {
        ProcessVariables vars = ProcessVariables.of(GOAL_ID, 42L).with(DELAY, Duration.ofHours(2))
                .with(APPROVERS, List.of("ceo", "cfo")).with(RETURNED, false);

        Map<String, Object> stored = vars.asMap();
        assertThat(stored).containsEntry("goalId", 42L).containsEntry("reminderDelay", "PT2H")
                .containsEntry("returned", false);
        assertThat(stored.get("approvers")).isInstanceOf(java.util.ArrayList.class);

        assertThat(GOAL_ID.from(stored)).isEqualTo(42L);
        assertThat(DELAY.from(stored)).isEqualTo(Duration.ofHours(2));
        assertThat(APPROVERS.from(stored)).containsExactly("ceo", "cfo");
        assertThat(vars.get(RETURNED)).isFalse();
    }

    @Test
    void anIntegerFromTheEngineIsReadAsALong() {
        assertThat(GOAL_ID.from(Map.of("goalId", 7))).isEqualTo(7L);
    }

    @Test
    void aMissingOrMistypedValueFailsWithItsName() {
        assertThatThrownBy(() -> GOAL_ID.from(Map.of())).hasMessageContaining("'goalId' is not set");
        assertThatThrownBy(() -> GOAL_ID.from(Map.of("goalId", "x"))).hasMessageContaining("'goalId'")
                .hasMessageContaining("String");
        assertThat(GOAL_ID.optionalFrom(Map.of())).isEmpty();
    }
}
