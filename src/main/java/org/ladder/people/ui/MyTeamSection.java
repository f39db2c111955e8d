package org.ladder.people.ui;

import java.util.List;

import org.ladder.base.security.LadderUser;
import org.ladder.base.text.Plural;
import org.ladder.base.ui.HomeSection;
import org.ladder.people.MyOrganisation;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;

/**
 * Home: where I sit — my unit, my manager, my direct reports, and the others in my unit (never the same person in
 * two cards).
 */
@org.springframework.stereotype.Component
class MyTeamSection implements HomeSection {

    private final PeopleService people;

    MyTeamSection(PeopleService people) {
        this.people = people;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Component create(LadderUser user) {
        MyOrganisation mine = people.myOrganisation();
        Div cards = new Div();
        cards.addClassName("ladder-cards");
        cards.setId("my-organisation");

        Div unit = card("My unit");
        mine.unit().ifPresentOrElse(u -> {
            Span name = new Span(u.name());
            name.setId("my-unit");
            name.addClassName("ladder-card-value");
            unit.add(name, new Paragraph(Plural.count(u.members(), "person", "people")
                    + (u.headName() == null ? "" : " · head: " + u.headName())));
        }, () -> unit.add(new Paragraph("You are not in a unit yet.")));
        cards.add(unit);

        Div manager = card("My manager");
        mine.manager().ifPresentOrElse(m -> {
            Component link = personLine(m);
            link.setId("my-manager");
            manager.add(link);
        }, () -> manager.add(new Paragraph("You have no manager in Ladder.")));
        cards.add(manager);

        if (!mine.directReports().isEmpty()) {
            Div reports = card("My direct reports (" + mine.directReports().size() + ")");
            reports.setId("my-reports");
            mine.directReports().forEach(r -> reports.add(personLine(r)));
            cards.add(reports);
        }
        List<PersonSummary> mates = mine.teammates();
        long reportsInUnit = mine.directReports().stream()
                .filter(r -> r.unitId() != null && r.unitId().equals(mine.me().unitId())).count();
        // colleagues apart from my direct reports, so that no one is listed twice
        Div team = card(mine.directReports().isEmpty() ? "My team" : "Others in my unit");
        team.setId("my-team");
        if (mates.isEmpty()) {
            team.add(new Paragraph(reportsInUnit > 0 ? "Everyone else in your unit reports to you."
                    : "No one else is in your unit yet."));
        } else {
            mates.forEach(m -> team.add(personLine(m)));
            long more = mine.unitSize() - 1 - reportsInUnit - mates.size();
            if (more > 0) {
                team.add(new Paragraph("and " + more + " more"));
            }
        }
        cards.add(team);
        return cards;
    }

    private static Div card(String title) {
        Div card = new Div(new H3(title));
        card.addClassName("ladder-card");
        return card;
    }

    private static Component personLine(PersonSummary p) {
        Avatar avatar = new Avatar(p.displayName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        RouterLink link = new RouterLink(p.displayName(), PersonView.class, p.id());
        Span title = new Span(p.jobTitle() == null ? "" : p.jobTitle());
        title.addClassName("ladder-hint");
        HorizontalLayout line = new HorizontalLayout(avatar, link, title);
        line.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        line.addClassName("ladder-person-line");
        return line;
    }
}
