package org.ladder.people.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ladder.people.OrgUnitNode;
import org.ladder.people.PersonSummary;
import org.ladder.support.KaribuTest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;

class OrganisationViewTest extends KaribuTest {

    @Test
    void theTreeOpensAtTheCompanyAndLoadsLevelsOnDemand() {
        login("employee");
        navigate("organisation");
        OrganisationView view = _get(OrganisationView.class);

        OrgUnitNode company = _get(view.tree, 0);
        assertThat(company.name()).isEqualTo("Brightwater Ltd");
        assertThat(view.tree.isExpanded(company)).isTrue();
        int visible = _size(view.tree);
        assertThat(visible).isEqualTo(1 + company.childUnits());
        OrgUnitNode division = _get(view.tree, 1);
        assertThat(division.name()).isEqualTo("Go-to-Market"); // units sort by name
        view.tree.expand(division);
        assertThat(_size(view.tree)).isEqualTo(visible + (int) division.childUnits());
    }

    @Test
    void selectingAUnitShowsItsHeadAndPagedMembers() {
        login("employee");
        navigate("organisation");
        OrganisationView view = _get(OrganisationView.class);
        OrgUnitNode company = _get(view.tree, 0);
        view.tree.select(company);

        assertThat(_get(Span.class, s -> s.withId("unit-head")).getText()).isEqualTo("Head: Catherine Okafor");
        assertThat(_size(view.members)).isEqualTo((int) company.members());
        PersonSummary first = _get(view.members, 0);
        assertThat(first.unitName()).isEqualTo("Brightwater Ltd");
    }

    @Test
    void onlyHrAndAdminsSeeTheImportButton() {
        login("employee");
        navigate("organisation");
        _assertNone(Button.class, b -> b.withId("open-import"));
    }

    @Test
    void hrSeesTheImportButton() {
        login("hr");
        navigate("organisation");
        assertThat(_find(Button.class, b -> b.withId("open-import"))).hasSize(1);
    }
}
