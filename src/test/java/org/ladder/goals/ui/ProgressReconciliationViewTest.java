package org.ladder.goals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ladder.support.GoalFixtures.numeric;

import org.junit.jupiter.api.Test;
import org.ladder.goals.GoalDetails;
import org.ladder.support.GoalFixtures;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;

/** Admins check stored goal progress from the Operations view: no drift, or each goal that drifted. */
class ProgressReconciliationViewTest extends KaribuTest {

    @Autowired
    GoalFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCheckListsEachGoalWhoseStoredProgressDrifted() {
        GoalDetails goal = fixtures.activeCompanyGoal("Drifting company goal " + System.nanoTime(),
                numeric("Customers won", 0, 10, 5, 100));
        login("admin");
        navigate("admin/operations");
        Button check = _get(Button.class, b -> b.withId("check-goal-progress"));
        Div result = _get(Div.class, d -> d.withId("check-result-goal-progress"));

        check.click();
        assertThat(_get(result, Paragraph.class).getText()).startsWith("No drift: all ")
                .endsWith(" checked are as recomputed.");
        assertThat(check.isEnabled()).isTrue();

        // something outside the roll-up wrote a progress that its key results do not give
        jdbc.update("update goal set progress = 12.5 where id = ?", goal.id());
        try {
            check.click();
            assertThat(_get(result, Paragraph.class).getText()).startsWith("1 of ");
            assertThat(_get(result, ListItem.class).getText()).isEqualTo("Goal " + goal.id() + " “" + goal.title()
                    + "”: stored 12.50 %, recomputed 50.00 %");
        } finally {
            jdbc.update("update goal set progress = 50 where id = ?", goal.id());
        }
    }
}
