package org.ladder.people.ui;

import java.util.List;

import org.ladder.base.security.LadderUser;
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

/** Home: where I sit — my unit, my manager, my direct reports, my teammates. */
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
            unit.add(name, new Paragraph(u.members() == 1 ? "1 person" : u.members() + " people"
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
        Div team = card("My team");
        team.setId("my-team");
        if (mates.isEmpty()) {
            team.add(new Paragraph("No one else is in your unit yet."));
        } else {
            mates.forEach(m -> team.add(personLine(m)));
            long more = mine.unitSize() - 1 - mates.size();
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
