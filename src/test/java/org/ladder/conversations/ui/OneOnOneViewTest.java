package org.ladder.conversations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ladder.base.ui.AccessDeniedView;
import org.ladder.conversations.OneOnOnePage;
import org.ladder.conversations.OneOnOneQueries;
import org.ladder.conversations.OneOnOnes;
import org.ladder.notifications.FreshPeople;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The 1:1 page: the two add topics, notes and action items; the other sees shared notes only; readers see no forms;
 * two people editing one agenda at once lose nothing and the second is told; strangers are refused by URL.
 */
class OneOnOneViewTest extends KaribuTest {

    @Autowired
    FreshPeople freshPeople;
    @Autowired
    OneOnOnes oneOnOnes;
    @Autowired
    OneOnOneQueries queries;

    /** What a part of the page says, checkbox labels included. */
    static String text(com.vaadin.flow.component.Component c) {
        StringBuilder all = new StringBuilder(c.getElement().getTextRecursively());
        _find(c, Checkbox.class).forEach(b -> all.append(' ').append(b.getLabel()));
        return all.toString();
    }

    @Test
    void theManagerAddsATopicASharedNoteAndAnActionItemAndTheReportSeesThemButNotAPrivateNote() {
        FreshPeople.Team team = freshPeople.team();
        login(team.lead().username());
        navigate("one-on-one/" + team.jon().id());
        OneOnOneView view = _get(OneOnOneView.class);
        assertThat(view.getPageTitle()).isEqualTo("1:1 with " + team.jon().name());
        assertThat(_get(Paragraph.class, p -> p.withId("agenda-empty")).getText()).contains("Nothing on the agenda");
        assertThat(text(_get(Div.class, d -> d.withId("one-on-one-goals"))))
                .contains("has no active goals");

        view.newTopic.setValue("Your first month");
        view.addTopic.click();
        NotificationsKt.expectNotifications("Topic added.");
        view.newNote.setValue("Jon ramps up quickly.");
        view.noteShared.setValue(true);
        view.addNote.click();
        view.newNote.setValue("Ask HR about the relocation package.");
        view.addNote.click();
        view.newAction.setValue("Pick a mentor");
        view.addAction.click();
        NotificationsKt.clearNotifications();
        assertThat(view.newTopic.getValue()).isEmpty();
        assertThat(text(view.agendaList)).contains("Your first month");
        assertThat(text(view.notesList)).contains("Jon ramps up quickly.",
                "Ask HR about the relocation package.", "Private — only you");

        // the limit is the field's, and an empty topic is refused on the field
        assertThat(view.newTopic.getMaxLength()).isEqualTo(300);
        view.addTopic.click();
        assertThat(view.newTopic.isInvalid()).isTrue();

        login(team.jon().username());
        navigate("");
        navigate("one-on-one/" + team.jon().id());
        OneOnOneView jons = _get(OneOnOneView.class);
        assertThat(jons.getPageTitle()).isEqualTo("1:1 with " + team.lead().name()); // the other person, not himself
        String notes = text(jons.notesList);
        assertThat(notes).contains("Jon ramps up quickly.").doesNotContain("relocation");
        assertThat(text(jons.actionsList)).contains("Pick a mentor", team.jon().name());
        assertThat(jons.holdArea.isVisible()).isFalse();
    }

    @Test
    void twoPeopleEditingOneAgendaAtOnceLoseNothingAndTheSecondIsTold() {
        FreshPeople.Team team = freshPeople.team();
        login(team.jon().username());
        long id = oneOnOnes.open(team.jon().id()).orElseThrow();
        long topic = oneOnOnes.addTopic(id, "Training budget");

        // the manager's window is open on the agenda
        login(team.lead().username());
        navigate("one-on-one/" + team.jon().id());
        OneOnOneView managers = _get(OneOnOneView.class);
        Checkbox discussed = _get(Checkbox.class, c -> c.withId("topic-discussed-" + topic));

        // meanwhile, in Jon's window: he rewords his topic and adds another
        login(team.jon().username());
        OneOnOnePage jons = queries.page(id);
        oneOnOnes.editTopic(topic, jons.agenda().get(0).version(), "Training budget for the Kubernetes course");
        oneOnOnes.addTopic(id, "Conference in March");

        // the manager ticks the topic off as it was shown, and adds one of his own
        login(team.lead().username());
        managers.newTopic.setValue("Team offsite");
        discussed.setValue(true);
        assertThat(_get(Span.class, s -> s.withId("one-on-one-conflict-message")).getText())
                .contains("The other person changed this topic meanwhile: their change is kept");
        assertThat(managers.newTopic.getValue()).isEqualTo("Team offsite");
        managers.addTopic.click();

        OneOnOnePage after = queries.page(id);
        assertThat(after.agenda()).extracting(OneOnOnePage.Topic::text).containsExactly(
                "Training budget for the Kubernetes course", "Conference in March", "Team offsite");
        assertThat(after.agenda()).noneMatch(OneOnOnePage.Topic::discussed);
        assertThat(text(managers.agendaList))
                .contains("Training budget for the Kubernetes course", "Conference in March", "Team offsite");

        // after reloading, ticking it off works
        _get(Checkbox.class, c -> c.withId("topic-discussed-" + topic)).setValue(true);
        assertThat(queries.page(id).agenda().get(0).discussed()).isTrue();
    }

    @Test
    void hrReadsWithoutFormsAndAColleagueIsRefusedByUrl() {
        FreshPeople.Team team = freshPeople.team();
        login(team.lead().username());
        long id = oneOnOnes.open(team.jon().id()).orElseThrow();
        oneOnOnes.addTopic(id, "Visible to HR");

        login("hr");
        navigate("one-on-one/" + team.jon().id());
        OneOnOneView hr = _get(OneOnOneView.class);
        assertThat(text(hr.agendaList)).contains("Visible to HR");
        assertThat(_get(Paragraph.class, p -> p.withId("one-on-one-read-only")).getText()).contains("reading");
        assertThat(_find(TextField.class, f -> f.withId("topic-new"))).isEmpty();
        assertThat(_find(TextArea.class, f -> f.withId("note-new"))).isEmpty();
        assertThat(_find(Checkbox.class)).isEmpty();

        login(team.kim().username());
        navigate("one-on-one/" + team.jon().id());
        assertThat(_find(OneOnOneView.class)).isEmpty();
        _get(AccessDeniedView.class);
        navigate("one-on-one/" + team.jon().id() + "/" + id);
        assertThat(_find(OneOnOneView.class)).isEmpty();
    }

    @Test
    void theListShowsTheManagersReportsAndTheReportsOwnOneOnOne() {
        FreshPeople.Team team = freshPeople.team();
        login(team.lead().username());
        navigate("one-on-ones");
        @SuppressWarnings("unchecked")
        Grid<org.ladder.conversations.OneOnOneSummary> grid = _get(Grid.class, g -> g.withId("one-on-ones-reports"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isEqualTo(2);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0).reportName()).isIn(
                List.of(team.jon().name(), team.kim().name()));

        login(team.jon().username());
        navigate("");
        navigate("one-on-ones");
        assertThat(text(_get(Div.class, d -> d.withId("one-on-ones-mine"))))
                .contains("Your 1:1 with " + team.lead().name(), "Not held yet");
        assertThat(_find(Grid.class, g -> g.withId("one-on-ones-reports"))).isEmpty();

    }
}
