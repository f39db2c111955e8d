package org.ladder.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Outside the inbox a task is named without the role in front, followed by what it is about. */
class TaskNamesTest {

    @Test
    void theRoleInFrontGoesAndOtherNamesStayAsTheyAre() {
        assertThat(TaskNames.displayName("Manager: approve the goal")).isEqualTo("approve the goal");
        assertThat(TaskNames.displayName("HR: follow up the missing acknowledgements"))
                .isEqualTo("follow up the missing acknowledgements");
        assertThat(TaskNames.displayName("Approve goals")).isEqualTo("Approve goals");
        assertThat(TaskNames.displayName("Sign off: the plan for Q3: part 2")).isEqualTo("the plan for Q3: part 2");
        assertThat(TaskNames.displayName("Why: ")).isEqualTo("Why:");
        assertThat(TaskNames.displayName(null)).isEqualTo("a task");
        assertThat(TaskNames.displayName(" ")).isEqualTo("a task");
    }

    @Test
    void aQuotedSubjectFollowsTheNameAndAnyOtherComesAfterAColon() {
        assertThat(TaskNames.withSubject("approve the goal", "“Ship it” — Emma Lindqvist"))
                .isEqualTo("approve the goal “Ship it” — Emma Lindqvist");
        assertThat(TaskNames.withSubject("approve the goal", "A private goal — Emma Lindqvist"))
                .isEqualTo("approve the goal: A private goal — Emma Lindqvist");
        assertThat(TaskNames.withSubject("approve the charter version", "Charter version 3"))
                .isEqualTo("approve the charter version: Charter version 3");
        assertThat(TaskNames.withSubject("Approve goals", null)).isEqualTo("Approve goals");
    }
}
