package org.ladder.people.ui;

import java.util.stream.Collectors;

import org.ladder.base.security.Role;
import org.ladder.people.AccountService;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonDetails;
import org.ladder.people.PersonSummary;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/** One person: contact, unit, manager, direct reports; roles for HR, admins and the person. */
@Route("person")
@PermitAll
public class PersonView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient PeopleService people;
    private final transient AccountService accounts;
    private String title = "Person";

    public PersonView(PeopleService people, AccountService accounts) {
        this.people = people;
        this.accounts = accounts;
        addClassName("ladder-person");
        setId("person-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long personId) {
        removeAll();
        people.person(personId).ifPresentOrElse(this::show, this::showMissing);
    }

    private void showMissing() {
        title = "Person not found";
        Paragraph p = new Paragraph("This person does not exist, or you cannot see their page.");
        p.setId("person-missing");
        add(new H2("Person not found"), p, new RouterLink("Back to the directory", DirectoryView.class));
    }

    private void show(PersonDetails details) {
        PersonSummary p = details.person();
        title = p.displayName();
        Avatar avatar = new Avatar(p.displayName());
        avatar.addClassName("ladder-avatar-large");
        H2 name = new H2(p.displayName());
        name.setId("person-name");
        Span job = new Span(p.jobTitle() == null ? "" : p.jobTitle());
        job.addClassName("ladder-job-title");
        VerticalLayout who = new VerticalLayout(name, job);
        who.setPadding(false);
        who.setSpacing(false);
        HorizontalLayout header = new HorizontalLayout(avatar, who);
        header.setAlignItems(Alignment.CENTER);
        add(header);
        if (!p.active()) {
            Span left = new Span("Has left the organisation");
            left.addClassNames("ladder-badge", "ladder-badge-error");
            add(left);
        }

        Div facts = new Div();
        facts.addClassName("ladder-facts");
        facts.add(fact("E-mail", new Anchor("mailto:" + p.email(), p.email())));
        facts.add(fact("Unit", new Span(p.unitName() == null ? "—" : p.unitName())));
        facts.add(fact("Manager", p.managerId() == null ? new Span("—")
                : new RouterLink(p.managerName(), PersonView.class, p.managerId())));
        if (details.rolesVisible()) {
            Span roles = new Span(details.roles().stream().map(Role::label).collect(Collectors.joining(", ")));
            roles.setId("person-roles");
            facts.add(fact("Roles", roles));
        }
        add(facts);
        add(new OneTimePasswordAction(accounts, p));

        if (details.directReports() > 0) {
            add(new H3("Direct reports (" + details.directReports() + ")"));
            Grid<PersonSummary> reports = new Grid<>(PersonSummary.class, false);
            reports.setId("direct-reports");
            reports.addComponentColumn(r -> new RouterLink(r.displayName(), PersonView.class, r.id()))
                    .setHeader("Name");
            reports.addColumn(r -> r.jobTitle() == null ? "" : r.jobTitle()).setHeader("Job title");
            reports.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            reports.setPageSize(OrganisationView.PAGE_SIZE);
            long managerId = p.id();
            reports.setItems(q -> people.directReports(managerId, q.getOffset(), q.getLimit()).stream(),
                    q -> (int) people.countDirectReports(managerId));
            reports.setHeight(details.directReports() > 8 ? "22rem" : null);
            reports.setAllRowsVisible(details.directReports() <= 8);
            add(reports);
        }
    }

    private static Div fact(String label, com.vaadin.flow.component.Component value) {
        Span l = new Span(label);
        l.addClassName("ladder-fact-label");
        Div d = new Div(l, value);
        d.addClassName("ladder-fact");
        return d;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
