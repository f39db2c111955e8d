package org.ladder.checkins.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ladder.base.ui.AccessDeniedView;
import org.ladder.checkins.CadenceFixtures;
import org.ladder.checkins.CadenceScope;
import org.ladder.checkins.CadenceTasks;
import org.ladder.checkins.CheckInCadences;
import org.ladder.checkins.Frequency;
import org.ladder.checkins.PersonCadence;
import org.ladder.support.KaribuTest;
import org.ladder.tasks.TaskInfo;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The "Check-in cadences" page: HR picks a unit, sees how many people it touches, confirms, and the cadence runs;
 * bad input is refused on the field; people without a unit to head are turned away. Also the check-in task's form
 * and the home card.
 */
class CadencesViewTest extends KaribuTest {

    @Autowired
    CadenceFixtures fixtures;
    @Autowired
    CheckInCadences cadences;
    @Autowired
    CheckInTaskForm taskForm;

    private CadencesView open(CadenceFixtures.Org org) {
        login("hr");
        navigate("cadences");
        CadencesView view = _get(CadencesView.class);
        view.unit.setValue(view.unit.getListDataView().getItems().filter(u -> u.id() == org.team()).findFirst()
                .orElseThrow());
        return view;
    }

    @Test
    void hrStartsAUnitsCadenceAfterAConfirmationThatCountsThePeople() {
        CadenceFixtures.Org org = fixtures.organisation();
        CadencesView view = open(org);
        assertThat(view.impact.getText()).isEqualTo("5 people: 5 without a cadence.");
        view.subUnits.setValue(false);
        assertThat(view.impact.getText()).isEqualTo("3 people: 3 without a cadence.");
        view.subUnits.setValue(true);
        assertThat(view.endsOn.getValue()).as("the end of the cycle year").isEqualTo(cadences.defaultEnd());

        _click(view.start);
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("confirm-cadence"));
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Start check-ins for 5 people?");
        assertThat(ConfirmDialogKt.getText(dialog)).contains("5 people start checking in every week until");
        ConfirmDialogKt._fireConfirm(dialog);

        NotificationsKt.expectNotifications("Started for 5 people.");
        assertThat(view.impact.getText()).isEqualTo("5 people: 5 weekly.");

        view.frequency.setValue(Frequency.MONTHLY);
        _click(view.change);
        dialog = _get(ConfirmDialog.class, spec -> spec.withId("confirm-cadence"));
        assertThat(ConfirmDialogKt.getText(dialog)).contains("from their next period on");
        ConfirmDialogKt._fireConfirm(dialog);
        NotificationsKt.expectNotifications("Changed for 5 people from their next period.");
        assertThat(view.impact.getText()).isEqualTo("5 people: 5 monthly.");

        view.person.setValue(view.person.getListDataView().getItems().filter(p -> p.id() == org.kim()).findFirst()
                .orElseThrow());
        assertThat(view.impact.getText()).isEqualTo("1 person: 1 monthly.");
        _click(view.stop);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-cadence")));
        NotificationsKt.expectNotifications("Stopped for 1 person.");
        fixtures.runLaunchJobs();
        cadences.stop(CadenceScope.unit(org.team(), true));
        fixtures.runLaunchJobs();
    }

    @Test
    void anEndInThePastOrNoneIsRefusedOnTheFieldAndNothingStarts() {
        CadenceFixtures.Org org = fixtures.organisation();
        CadencesView view = open(org);
        view.endsOn.clear();
        _click(view.start);
        assertThat(view.endsOn.isInvalid()).isTrue();
        assertThat(view.impact.getText()).isEqualTo("5 people: 5 without a cadence.");
    }

    @Test
    void someoneWhoHeadsNoUnitIsTurnedAway() {
        login("employee");
        navigate("cadences");
        _get(AccessDeniedView.class);
    }

    @Test
    void theCheckInTaskSaysWhichPeriodAndWhenItIsDueAndLeadsToTheCheckIn() {
        TaskInfo task = new TaskInfo("t1", "Employee: check in", "Week of 7 Dec 2026", CadenceTasks.PROCESS_KEY,
                CadenceTasks.CHECK_IN_TASK, "pi", "42", "employee", "Emma", List.of(), Instant.now(),
                Instant.now().plusSeconds(86400));
        assertThat(taskForm.supports(task)).isTrue();
        Component form = taskForm.createForm(task, () -> { });
        assertThat(_get(form, Paragraph.class, spec -> spec.withId("check-in-task-period")).getText())
                .isEqualTo("Your check-in for the week of 7 Dec 2026.");
        assertThat(_get(form, Paragraph.class, spec -> spec.withId("check-in-task-due")).getText())
                .startsWith("It is due ");
        assertThat(_get(form, Button.class, spec -> spec.withId("check-in-task-go")).getText()).isEqualTo("Check in now");
    }

    @Test
    void thePersonSeesTheirOwnCadenceOnHome() {
        Component card = MyCadenceHomeSection.card(new PersonCadence(1, Frequency.EVERY_TWO_WEEKS,
                LocalDate.of(2026, 12, 31), true, "Two weeks from 30 Nov 2026", Instant.now(), 1));
        assertThat(_get(card, Paragraph.class, spec -> spec.withId("my-cadence-frequency")).getText())
                .startsWith("You check in every two weeks until ");
        assertThat(_get(card, Paragraph.class, spec -> spec.withId("my-cadence-open")).getText())
                .startsWith("Two weeks from 30 Nov 2026: due ");
        assertThat(_get(card, Paragraph.class, spec -> spec.withId("my-cadence-missed")).getText())
                .isEqualTo("1 period missed so far.");
    }
}
