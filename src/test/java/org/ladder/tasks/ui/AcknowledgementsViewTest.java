package org.ladder.tasks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ladder.support.CharterFixtures;
import org.ladder.support.KaribuTest;
import org.ladder.support.SignedIn;
import org.ladder.tasks.AcknowledgementService;
import org.ladder.tasks.UnitProgress;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The acknowledgements view: the unit tree, shares, time to 100 %, reminders, the pending filter, managers. */
class AcknowledgementsViewTest extends KaribuTest {

    @Autowired
    CharterFixtures fixtures;
    @Autowired
    AcknowledgementService acknowledgements;
    @Autowired
    SignedIn people;

    @Test
    void hrSeesTheUnitTreeWithSharesRoundedHalfUpAndWhyTimeToCompleteIsEmpty() {
        long campaign = fixtures.campaignOf(fixtures.publish("Tree view " + System.nanoTime()));
        people.as("employee");
        acknowledgements.acknowledge(campaign, null);
        login("hr");
        navigate("acknowledgements");
        AcknowledgementsView view = _get(AcknowledgementsView.class);
        assertThat(view.campaign.getValue().id()).isEqualTo(campaign);

        List<UnitProgress> roots = GridKt._getRootItems(view.units);
        assertThat(roots).isNotEmpty();
        GridKt._expandAll(view.units, 10);
        List<UnitProgress> rows = rows(view);
        UnitProgress core = rows.stream().filter(u -> u.unitName().equals("Core Services")).findFirst().orElseThrow();
        int row = rows.indexOf(core);
        assertThat(core.parentId()).isNotNull();
        assertThat(core.acknowledged()).isEqualTo(1);
        long expected = Math.round(100.0 * core.acknowledged() / core.total()); // half up; 1 of 6 is 17 %
        assertThat(GridKt._getFormatted(view.units, row, "share")).isEqualTo(expected + "\u00a0%");
        assertThat(GridKt._getFormatted(view.units, row, "time"))
                .isEqualTo("not yet — 1 of " + core.total() + " acknowledged");
        assertThat(view.timeToComplete.getText()).startsWith("100\u00a0% not reached yet: ");
        assertThat(view.lastReminded.getText()).isEqualTo("No reminder sent yet.");
    }

    @Test
    void remindNowAsksFirstWithTheNumberOfPeopleAndShowsWhoRemindedWhen() {
        long campaign = fixtures.campaignOf(fixtures.publish("Remind view " + System.nanoTime()));
        login("hr");
        navigate("acknowledgements");
        AcknowledgementsView view = _get(AcknowledgementsView.class);
        GridKt._expandAll(view.units, 10);
        List<UnitProgress> rows = rows(view);
        UnitProgress core = rows.stream().filter(u -> u.unitName().equals("Core Services")).findFirst().orElseThrow();
        int pending = core.pending();

        ((Button) GridKt._getCellComponent(view.units, rows.indexOf(core), "remind")).click();
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("confirm-remind"));
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Remind " + pending + " people?");
        assertThat(ConfirmDialogKt.getText(dialog)).contains(pending + " people in Core Services")
                .contains("have not been reminded yet");
        assertThat(fixtures.reminders(campaign)).isZero(); // nothing sent before confirming
        ConfirmDialogKt._fireConfirm(dialog);

        NotificationsKt.expectNotifications("Reminder sent to " + pending + " people of Core Services.");
        assertThat(fixtures.reminders(campaign)).isEqualTo(1);
        assertThat(view.lastReminded.getText()).startsWith("Last reminded ").contains("by Hannah Reyes")
                .contains("(" + pending + " people in Core Services)");
        GridKt._expandAll(view.units, 10);
        UnitProgress after = rows(view).stream().filter(u -> u.unitName().equals("Core Services")).findFirst()
                .orElseThrow();
        assertThat(after.lastReminder().by()).isEqualTo("Hannah Reyes");
    }

    @Test
    void thePendingListFiltersByNameAndOffersACsv() {
        fixtures.publish("Filter view " + System.nanoTime());
        login("hr");
        navigate("acknowledgements");
        AcknowledgementsView view = _get(AcknowledgementsView.class);
        assertThat(GridKt._size(view.pending)).isGreaterThan(1);
        view.filter.setValue("emma lindqv");
        assertThat(GridKt._size(view.pending)).isEqualTo(1);
        assertThat(GridKt._get(view.pending, 0).displayName()).isEqualTo("Emma Lindqvist");
        assertThat(view.export.getHref()).isNotBlank();
        assertThat(view.export.getText()).isEqualTo("Download CSV");
    }

    @Test
    void aManagerFollowsOnlyTheUnitsTheyHead() {
        long campaign = fixtures.campaignOf(fixtures.publish("Manager view " + System.nanoTime()));
        login("manager");
        navigate("acknowledgements");
        AcknowledgementsView view = _get(AcknowledgementsView.class);
        assertThat(view.campaign.getValue().id()).isEqualTo(campaign);
        GridKt._expandAll(view.units, 10);
        assertThat(rows(view)).extracting(UnitProgress::unitName).containsExactly("Core Services");
        assertThat(view.overall.getText()).startsWith("0 of " + rows(view).get(0).total() + " acknowledged");
        assertThat(view.units.getColumnByKey("remind")).isNull(); // managers follow, HR reminds
        for (int i = 0; i < GridKt._size(view.pending); i++) {
            assertThat(GridKt._get(view.pending, i).unitName()).isEqualTo("Core Services");
        }
    }

    private static List<UnitProgress> rows(AcknowledgementsView view) {
        List<UnitProgress> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(view.units); i++) {
            rows.add(GridKt._get(view.units, i));
        }
        return rows;
    }
}
