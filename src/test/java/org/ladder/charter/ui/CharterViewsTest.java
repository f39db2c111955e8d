package org.ladder.charter.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ladder.base.ui.HomeView;
import org.ladder.base.ui.LiveUpdates;
import org.ladder.support.CharterFixtures;
import org.ladder.support.GoalFixtures;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** The charter editor, the version comparison and the acknowledgement banner, without a browser. */
class CharterViewsTest extends KaribuTest {

    @Autowired
    CharterFixtures fixtures;
    @Autowired
    GoalFixtures goals;
    @Autowired
    LiveUpdates liveUpdates;

    @Test
    void theEditorShowsEachProblemOnItsFieldAndSavesNothing() {
        login("ceo");
        navigate("charter/edit");
        CharterEditorView editor = _get(CharterEditorView.class);
        editor.mission.setValue("");
        editor.values.forEach(v -> v.name.setValue(""));
        editor.addValue("", "A value without a name");
        editor.reason.setValue("");
        _get(Button.class, b -> b.withId("submit-charter")).click();

        assertThat(editor.mission.isInvalid()).isTrue();
        assertThat(editor.mission.getErrorMessage()).isEqualTo("The mission is required.");
        assertThat(editor.values.get(editor.values.size() - 1).name.getErrorMessage())
                .isEqualTo("The value's name is required.");
        assertThat(editor.status.getText()).endsWith("Draft");
        _get(CharterEditorView.class); // still on the editor: nothing was submitted
    }

    @Test
    void savingADraftKeepsItAndConfirms() {
        login("ceo");
        navigate("charter/edit");
        CharterEditorView editor = _get(CharterEditorView.class);
        editor.mission.setValue("Help every team see how its work matters " + System.nanoTime());
        editor.vision.setValue("A company where everyone pulls in one direction.");
        _get(Button.class, b -> b.withId("save-charter")).click();
        NotificationsKt.expectNotifications("Draft saved.");
        assertThat(editor.mission.isInvalid()).isFalse();
    }

    @Test
    void employeesCannotOpenTheEditorButSeeTheCharter() {
        fixtures.publish("Everyone reads this mission " + System.nanoTime());
        login("employee");
        navigate("charter/edit");
        _assertNone(CharterEditorView.class);
        navigate("charter");
        _get(CharterView.class);
        assertThat(_get(Paragraph.class, p -> p.withId("charter-mission")).getText()).startsWith("Everyone reads this mission");
        _assertNone(Button.class, b -> b.withId("open-charter-editor"));
    }

    @Test
    void twoVersionsSideBySideHighlightWhatChanged() {
        fixtures.publish("We help small teams grow " + System.nanoTime());
        fixtures.publish("We help every team grow " + System.nanoTime());
        login("employee");
        navigate("charter/history");
        CharterHistoryView history = _get(CharterHistoryView.class);
        assertThat(history.from.getValue().number()).isLessThan(history.to.getValue().number());
        var sides = _find(history.comparison, Html.class);
        String oldMission = sides.get(0).getInnerHtml();
        String newMission = sides.stream().filter(h -> h.getInnerHtml().contains("every")).findFirst().orElseThrow()
                .getInnerHtml();
        assertThat(oldMission).contains("<del>small teams</del>").doesNotContain("<ins>");
        assertThat(newMission).contains("<ins>every team</ins>").doesNotContain("<del>");
    }

    @Test
    void theBannerShowsWhatChangedAndDisappearsOnceAcknowledged() {
        long id = fixtures.publish("A banner-worthy mission " + System.nanoTime());
        login("employee");
        navigate("");
        _get(HomeView.class);
        Div banner = _get(Div.class, d -> d.withId("acknowledge-banner"));
        assertThat(_get(banner, Paragraph.class, p -> p.withId("acknowledge-reason")).getText())
                .startsWith("Why: Test: A banner-worthy mission");
        assertThat(_find(banner, Html.class)).anySatisfy(h -> assertThat(h.getInnerHtml()).contains("<ins>"));

        _get(Button.class, b -> b.withId("acknowledge")).click();
        NotificationsKt.expectNotifications("Thank you: you acknowledged charter version "
                + fixtures.numberOf(id) + ".");
        _assertNone(Div.class, d -> d.withId("acknowledge-banner"));
        assertThat(_get(Paragraph.class, p -> p.withId("charter-mission")).getText())
                .startsWith("A banner-worthy mission");
    }

    @Test
    void aLiveSignalLeavesTheQuestionBeingTypedAndANewerVersionReplacesTheBanner() {
        fixtures.publish("A mission to type under " + System.nanoTime());
        long employee = goals.personId("employee");
        login("employee");
        navigate("");
        TextArea question = _get(TextArea.class, t -> t.withId("acknowledge-question"));
        question.setValue("Does this change our team goals?");

        // something else of the person's changes (a notification, a task): the section follows it live
        liveUpdates.changed(List.of(employee));
        MockVaadin.runUIQueue();
        assertThat(_get(TextArea.class, t -> t.withId("acknowledge-question"))).isSameAs(question);
        assertThat(question.getValue()).isEqualTo("Does this change our team goals?");

        // a newer version supersedes the one the banner asked about: the banner is the newer one's
        long newer = fixtures.publish("A newer mission " + System.nanoTime());
        signedIn.as("employee"); // publishing signed the ceo in and out on this thread; the window is still hers
        liveUpdates.changed(List.of(employee));
        MockVaadin.runUIQueue();
        TextArea now = _get(TextArea.class, t -> t.withId("acknowledge-question"));
        assertThat(now).isNotSameAs(question);
        assertThat(now.getValue()).isEmpty();
        assertThat(_get(Div.class, d -> d.withId("acknowledge-banner")).getElement().getTextRecursively())
                .contains("version " + fixtures.numberOf(newer));
        assertThat(_get(Paragraph.class, p -> p.withId("charter-mission")).getText()).startsWith("A newer mission");
    }
}
