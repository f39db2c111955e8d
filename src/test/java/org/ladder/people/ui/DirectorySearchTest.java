package org.ladder.people.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ladder.people.PersonSummary;
import org.ladder.support.KaribuTest;

import com.vaadin.flow.component.html.Span;

/** The directory finds people the way colleagues type them: first name first, or last name first. */
class DirectorySearchTest extends KaribuTest {

    @Test
    void lastNameFirstFindsThePerson() {
        login("manager");
        navigate("people");
        DirectoryView view = _get(DirectoryView.class);

        view.search.setValue("Lindqvist Emma");
        assertThat(_findAll(view.grid)).extracting(PersonSummary::displayName).containsExactly("Emma Lindqvist");
        assertThat(_get(Span.class, s -> s.withId("directory-count")).getText()).isEqualTo("1 person");

        view.search.setValue("Lindqvist, Emma");
        assertThat(_findAll(view.grid)).extracting(PersonSummary::displayName).containsExactly("Emma Lindqvist");
    }
}
