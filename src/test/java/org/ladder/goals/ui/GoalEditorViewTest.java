package org.ladder.goals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ladder.goals.ui.GoalUiFixtures.unique;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.ladder.goals.GoalDetails;
import org.ladder.goals.GoalLevel;
import org.ladder.goals.GoalPeriods;
import org.ladder.goals.GoalRef;
import org.ladder.goals.Visibility;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;

/** The goal editor: messages on the fields, the running weight total, the orphan hint, a refused stale save. */
class GoalEditorViewTest extends KaribuTest {

    @Autowired
    GoalUiFixtures fixtures;

    private static void openNew(java.util.Map<String, String> params) {
        com.vaadin.flow.component.UI.getCurrent().navigate("goal/new",
                com.vaadin.flow.router.QueryParameters.simple(params));
    }

    private static GoalRef ref(GoalDetails d) {
        return new GoalRef(d.id(), d.title(), d.level(), d.status(), d.ownerName(), d.progress());
    }

    @Test
    void eachProblemShowsOnItsFieldAndNothingIsSaved() {
        login("employee");
        openNew(java.util.Map.of("level", "PERSONAL"));
        GoalEditorView editor = _get(GoalEditorView.class);
        assertThat(editor.level.getValue()).isEqualTo(GoalLevel.PERSONAL);
        GoalPeriods.Period quarter = GoalPeriods.forNewGoal(java.time.LocalDate.now());
        assertThat(editor.periodStart.getValue()).isEqualTo(quarter.start());
        assertThat(editor.periodEnd.getValue()).isEqualTo(quarter.end());
        editor.title.setValue("");
        GoalEditorView.KeyResultRow kr = editor.keyResults.get(0);
        kr.name.setValue("Cases solved");
        kr.target.setValue(BigDecimal.valueOf(10));
        kr.weight.setValue(60);
        assertThat(editor.weightTotal.getText()).isEqualTo("Weights: 60 / 100");
        assertThat(editor.weightTotal.getClassNames()).contains("ladder-weight-off");

        editor.save.click();

        assertThat(editor.title.isInvalid()).isTrue();
        assertThat(editor.title.getErrorMessage()).isNotBlank();
        assertThat(editor.keyResultsError.isVisible() || kr.weight.isInvalid()).isTrue();
        _get(GoalEditorView.class); // still here: nothing was saved

        editor.addKeyResult.click();
        GoalEditorView.KeyResultRow second = editor.keyResults.get(1);
        second.weight.setValue(40);
        assertThat(editor.weightTotal.getText()).isEqualTo("Weights: 100 / 100");
        assertThat(editor.weightTotal.getClassNames()).contains("ladder-weight-ok");
        second.remove.click();
        assertThat(editor.weightTotal.getText()).isEqualTo("Weights: 60 / 100");
    }

    @Test
    void aKeyResultErrorLandsOnItsRow() {
        login("employee");
        openNew(java.util.Map.of("level", "PERSONAL"));
        GoalEditorView editor = _get(GoalEditorView.class);
        editor.showErrors(java.util.Map.of("keyResults[0].target", "The target must differ from the baseline.",
                "status", "Something general."));
        assertThat(editor.keyResults.get(0).target.isInvalid()).isTrue();
        assertThat(editor.keyResults.get(0).target.getErrorMessage())
                .isEqualTo("The target must differ from the baseline.");
        assertThat(editor.formError.isVisible()).isTrue();
        assertThat(editor.formError.getText()).isEqualTo("Something general.");
    }

    @Test
    void withoutAParentTheEditorWarnsOfAnOrphanAndSavesADraft() {
        String run = unique("Editor");
        GoalDetails team = fixtures.teamGoal("Team " + run, null);
        login("employee");
        openNew(java.util.Map.of("level", "PERSONAL", "parent", String.valueOf(team.id())));
        GoalEditorView editor = _get(GoalEditorView.class);
        assertThat(editor.parent.getValue().id()).isEqualTo(team.id());
        assertThat(editor.orphanHint.isVisible()).isFalse();
        editor.parent.clear();
        assertThat(editor.orphanHint.isVisible()).isTrue();
        editor.parent.setValue(ref(team));
        assertThat(editor.orphanHint.isVisible()).isFalse();

        editor.title.setValue("Mine " + run);
        GoalEditorView.KeyResultRow kr = editor.keyResults.get(0);
        kr.name.setValue("Cases solved");
        kr.target.setValue(BigDecimal.valueOf(10));
        kr.unit.setValue("cases");
        assertThat(kr.weight.getValue()).isEqualTo(100);
        editor.save.click();
        NotificationsKt.expectNotifications("Draft saved. Submit it for approval when it is ready.");
        _get(GoalPage.class);
        assertThat(_get(H2.class, h -> h.withId("goal-title")).getText()).isEqualTo("Mine " + run);
    }

    @Test
    void aStaleSaveIsRefusedWithAReloadAndKeepsTheInput() {
        String run = unique("Stale");
        GoalDetails mine = fixtures.personalDraft("employee", "Mine " + run, null, Visibility.PUBLIC);
        login("employee");
        navigate("goal/" + mine.id() + "/edit");
        GoalEditorView editor = _get(GoalEditorView.class);
        assertThat(editor.title.getValue()).isEqualTo("Mine " + run);

        // someone else saves first
        fixtures.signedIn().as("employee");
        fixtures.service().update(mine.id(), mine.version(), new org.ladder.goals.GoalDraft(GoalLevel.PERSONAL,
                "Theirs " + run, null, null, mine.ownerPersonId(), null, java.util.List.of(), null,
                mine.periodStart(), mine.periodEnd(), Visibility.PUBLIC, GoalUiFixtures.oneKeyResult(), null));
        login("employee");

        editor.title.setValue("My edit " + run);
        editor.save.click();
        Notification conflict = _get(Notification.class, n -> n.withId("goal-conflict"));
        assertThat(conflict.isOpened()).isTrue();
        assertThat(editor.title.getValue()).isEqualTo("My edit " + run); // nothing lost
        _get(GoalEditorView.class);

        _get(Button.class, b -> b.withId("goal-conflict-reload")).click();
        assertThat(editor.title.getValue()).isEqualTo("Theirs " + run);
        assertThat(editor.loaded.version()).isGreaterThan(mine.version());
    }
}
