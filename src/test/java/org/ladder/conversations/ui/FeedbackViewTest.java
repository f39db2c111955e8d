package org.ladder.conversations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ladder.conversations.FeedbackKind;
import org.ladder.conversations.FeedbackLimits;
import org.ladder.conversations.FeedbackQueries;
import org.ladder.conversations.FeedbackRequestStatus;
import org.ladder.conversations.FeedbackRequests;
import org.ladder.conversations.FeedbackVisibility;
import org.ladder.conversations.workflow.FeedbackRequestProcess;
import org.ladder.notifications.FreshPeople;
import org.ladder.notifications.FreshPeople.Team;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The feedback page, the give-feedback dialog (its field errors, then a private submission that the receiver never
 * sees while the manager does), the request dialog and the request's task form (give, decline).
 */
class FeedbackViewTest extends KaribuTest {

    @Autowired
    FreshPeople freshPeople;
    @Autowired
    PeopleService people;
    @Autowired
    FeedbackQueries queries;
    @Autowired
    FeedbackRequests requests;
    @Autowired
    TaskService tasks;

    Team team;

    @BeforeEach
    void team() {
        team = freshPeople.team();
    }

    private static void assertToast(String text) {
        assertThat(NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")))
                .contains(text);
    }

    /** Signs another person in on a fresh page (navigating to the same route would keep the old view). */
    private void switchTo(String username) {
        navigate("notifications");
        login(username);
    }

    private static void navigateTab(String tab) {
        com.vaadin.flow.component.UI.getCurrent().navigate("feedback",
                com.vaadin.flow.router.QueryParameters.of("tab", tab));
    }

    private PersonSummary person(String username) {
        return people.findByUsername(username).orElseThrow();
    }

    private static List<Div> cards(String listId) {
        return _find(_get(Div.class, d -> d.withId(listId + "-items")), Div.class,
                d -> d.withClasses("ladder-feedback-item"));
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(Class<? extends com.vaadin.flow.component.Component> type, String id) {
        return (T) _get((Class<com.vaadin.flow.component.Component>) type, s -> s.withId(id));
    }

    @Test
    void theDialogShowsItsFieldErrorsThenPrivateFeedbackReachesTheManagerButNeverTheReceiver() {
        login(team.jon().username());
        navigate("feedback");
        assertThat(_get(Paragraph.class, p -> p.withId("feedback-received-empty")).isVisible()).isTrue();
        _get(Button.class, b -> b.withId("open-give-feedback")).click();
        _get(Button.class, b -> b.withId("give-feedback")).click();

        ComboBox<PersonSummary> receiver = field(ComboBox.class, "feedback-receiver");
        RadioButtonGroup<FeedbackKind> kind = field(RadioButtonGroup.class, "feedback-kind");
        RadioButtonGroup<FeedbackVisibility> visibility = field(RadioButtonGroup.class, "feedback-visibility");
        TextArea text = field(TextArea.class, "feedback-text");
        assertThat(receiver.isInvalid()).isTrue();
        assertThat(receiver.getErrorMessage()).isEqualTo("Choose who gets your feedback.");
        assertThat(kind.isInvalid()).isTrue();
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getMaxLength()).isEqualTo(FeedbackLimits.TEXT_MAX_LENGTH);

        receiver.setValue(person(team.kim().username()));
        kind.setValue(FeedbackKind.CONSTRUCTIVE);
        visibility.setValue(FeedbackVisibility.MANAGERS);
        assertThat(_get(Paragraph.class, p -> p.withId("feedback-who-reads")).getText())
                .isEqualTo("Only " + team.kim().name() + "'s managers and HR read it. " + team.kim().name()
                        + " never sees it and is not told about it.");
        text.setValue("x".repeat(FeedbackLimits.TEXT_MAX_LENGTH + 1));
        _get(Button.class, b -> b.withId("give-feedback")).click();
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("At most 2000 characters.");
        assertThat(queries.countGiven()).as("nothing saved").isZero();

        text.setValue("Kim's estimates slip every sprint.");
        _get(Button.class, b -> b.withId("give-feedback")).click();
        assertToast("Your private feedback about " + team.kim().name() + " was given to their managers.");
        assertThat(_find(Button.class, b -> b.withId("give-feedback"))).as("the dialog closed").isEmpty();
        navigateTab("given");
        assertThat(cards("feedback-given")).hasSize(1);

        switchTo(team.kim().username());
        navigate("feedback");
        assertThat(cards("feedback-received")).isEmpty();
        assertThat(_get(Paragraph.class, p -> p.withId("feedback-received-empty")).isVisible()).isTrue();
        assertThat(_find(Div.class, d -> d.withId("feedback-team"))).isEmpty();
        navigate("person/" + team.kim().id());
        assertThat(_find(_get(Div.class, d -> d.withId("person-feedback")), Div.class,
                d -> d.withClasses("ladder-feedback-item"))).isEmpty();

        switchTo(team.lead().username());
        navigateTab("team");
        assertThat(cards("feedback-team")).singleElement()
                .satisfies(c -> assertThat(c.getElement().getTextRecursively())
                        .contains("Kim's estimates slip every sprint.").contains("does not see it"));
    }

    @Test
    void feedbackGivenFromAPersonPageIsVisibleToThemThere() {
        login(team.jon().username());
        navigate("person/" + team.kim().id());
        _get(Button.class, b -> b.withId("person-give-feedback")).click();
        ComboBox<PersonSummary> receiver = field(ComboBox.class, "feedback-receiver");
        assertThat(receiver.getValue().id()).as("preset").isEqualTo(team.kim().id());
        RadioButtonGroup<FeedbackKind> kind = field(RadioButtonGroup.class, "feedback-kind");
        kind.setValue(FeedbackKind.PRAISE);
        TextArea text = field(TextArea.class, "feedback-text");
        text.setValue("Thanks for the pairing session.");
        _get(Button.class, b -> b.withId("give-feedback")).click();
        assertToast("Your feedback for " + team.kim().name() + " was given.");

        login(team.kim().username());
        navigate("feedback");
        assertThat(cards("feedback-received")).singleElement()
                .satisfies(c -> assertThat(c.getElement().getTextRecursively()).contains("Praise")
                        .contains("from " + team.jon().name()).contains("Thanks for the pairing session."));
    }

    private Task askThroughTheDialog() {
        switchTo(team.jon().username());
        navigate("feedback");
        _get(Button.class, b -> b.withId("open-request-feedback")).click();
        ComboBox<PersonSummary> colleague = field(ComboBox.class, "request-colleague");
        _get(Button.class, b -> b.withId("send-feedback-request")).click();
        assertThat(colleague.isInvalid()).isTrue();
        colleague.setValue(person(team.kim().username()));
        TextArea note = field(TextArea.class, "request-note");
        note.setValue("Was my design review useful?");
        _get(Button.class, b -> b.withId("send-feedback-request")).click();
        assertToast("You asked " + team.kim().name() + " for feedback.");
        long id = requests.sentByMe(0, 1).get(0).id();
        return tasks.createTaskQuery().processInstanceBusinessKey(FeedbackRequestProcess.businessKey(id))
                .singleResult();
    }

    @Test
    void theColleagueGivesFeedbackFromTheRequestTask() {
        Task task = askThroughTheDialog();

        switchTo(team.kim().username());
        navigateTab("asked");
        assertThat(cards("feedback-asked")).hasSize(1);
        navigate("task/" + task.getId());
        _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, d -> d.withId("feedback-request-form"));
        assertThat(_get(Paragraph.class, p -> p.withId("feedback-request-note")).getText())
                .isEqualTo("“Was my design review useful?”");
        _get(Button.class, b -> b.withId("answer-give")).click();
        RadioButtonGroup<FeedbackKind> kind = field(RadioButtonGroup.class, "answer-kind");
        TextArea text = field(TextArea.class, "answer-text");
        assertThat(kind.isInvalid()).isTrue();
        assertThat(text.isInvalid()).isTrue();
        kind.setValue(FeedbackKind.PRAISE);
        text.setValue("Very useful: it caught the caching bug.");
        _get(Button.class, b -> b.withId("answer-give")).click();
        assertToast("Your feedback went to " + team.jon().name() + ".");

        switchTo(team.jon().username());
        assertThat(queries.received(0, 5)).singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo("Very useful: it caught the caching bug."));
    }

    @Test
    void theColleagueDeclinesFromTheRequestTask() {
        Task task = askThroughTheDialog();

        switchTo(team.kim().username());
        navigate("task/" + task.getId());
        _get(Details.class, d -> d.withId("feedback-decline")).setOpened(true);
        TextArea reason = field(TextArea.class, "decline-reason");
        reason.setValue("I missed that review.");
        _get(Button.class, b -> b.withId("answer-decline")).click();
        assertToast("You declined " + team.jon().name() + "'s request.");

        switchTo(team.jon().username());
        assertThat(requests.sentByMe(0, 1).get(0).status()).isEqualTo(FeedbackRequestStatus.DECLINED);
        navigateTab("sent");
        assertThat(cards("feedback-sent")).singleElement().satisfies(c -> assertThat(c.getElement()
                .getTextRecursively()).contains("Declined").contains("I missed that review."));
    }
}
