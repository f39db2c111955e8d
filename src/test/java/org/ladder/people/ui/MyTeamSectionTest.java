package org.ladder.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ladder.support.KaribuTest;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;

/** Home: nobody is listed both under "My direct reports" and under the others in the unit. */
class MyTeamSectionTest extends KaribuTest {

    private static List<String> names(Div card) {
        return _find(card, RouterLink.class).stream().map(RouterLink::getText).toList();
    }

    @Test
    void aManagersReportsAndTheRestOfTheUnitAreDistinct() {
        login("manager");
        navigate("");
        List<String> reports = names(_get(Div.class, d -> d.withId("my-reports")));
        Div others = _get(Div.class, d -> d.withId("my-team"));
        assertThat(reports).isNotEmpty();
        assertThat(names(others)).doesNotContainAnyElementsOf(reports).doesNotContain("Marco Rossi");
    }
}
