package org.ladder.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ladder.base.security.Role;
import org.ladder.notifications.FreshPeople;
import org.ladder.people.PeopleService;
import org.ladder.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/**
 * The person page: contact, manager, reports, their goals and acknowledgements (from the goals and tasks modules,
 * as the viewer may see them), the external id and "Edit" for HR and admins.
 */
class PersonPageTest extends KaribuTest {

    @Autowired
    PeopleService people;
    @Autowired
    FreshPeople freshPeople;

    private long id(String username) {
        return people.findByUsername(username).orElseThrow().id();
    }

    @Test
    void aManagerSeesTheirReportsGoalsManagerAndAcknowledgementState() {
        login("manager");
        navigate("person/" + id("employee"));

        assertThat(_find(RouterLink.class, l -> l.withText("Marco Rossi"))).isNotEmpty(); // her manager
        _get(Div.class, d -> d.withId("person-goals"));
        _get(Div.class, d -> d.withId("person-acknowledgements"));
        _assertNone(Span.class, s -> s.withId("person-external-id")); // HR's data
        _assertNone(Button.class, b -> b.withId("open-edit-person"));
    }

    @Test
    void aColleagueSeesNeitherPrivateStateNorAcknowledgements() {
        login("employee");
        navigate("person/" + id("manager"));
        _assertNone(Div.class, d -> d.withId("person-acknowledgements"));
        _get(Div.class, d -> d.withId("person-goals"));
    }

    @Test
    void hrSeesTheExternalIdAndEditsAPersonButCannotGrantAdmin() {
        FreshPeople.Fresh jon = freshPeople.team().jon();
        login("hr");
        navigate("person/" + jon.id());
        assertThat(_get(Span.class, s -> s.withId("person-external-id")).getText()).endsWith("-P2");

        _get(Button.class, b -> b.withId("open-edit-person")).click();
        PersonEditDialog dialog = _get(PersonEditDialog.class);
        dialog.jobTitle.setValue("Senior Analyst");
        assertThat(dialog.roles.getItemEnabledProvider().test(Role.ADMIN)).isFalse();
        assertThat(dialog.roles.getItemEnabledProvider().test(Role.MANAGER)).isTrue();
        dialog.save.click();

        NotificationsKt.expectNotifications("Saved Jon Doe.");
        assertThat(people.findByUsername(jon.username()).orElseThrow().jobTitle()).isEqualTo("Senior Analyst");
        assertThat(_find(Span.class, s -> s.withText("Senior Analyst"))).isNotEmpty();
    }
}
