package org.ladder.base.ui;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.Role;
import org.ladder.base.security.Roles;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Admins: the workflow engine at a glance (deployed processes, running instances, incidents, failed jobs) with
 * links to Cockpit, Tasklist and Admin, which open with the portal's own sign-in.
 */
@Route("admin/operations")
@PageTitle("Operations")
@Menu(order = 90, title = "Operations", icon = "vaadin:cogs")
@RolesAllowed(Roles.ADMIN)
public class OperationsView extends VerticalLayout {

    public OperationsView(CurrentUser currentUser, RepositoryService repository, RuntimeService runtime,
            ManagementService management) {
        currentUser.requireAnyRole(Role.ADMIN);
        setId("operations-view");
        Div cards = new Div();
        cards.addClassName("ladder-cards");
        cards.add(card("Process definitions", repository.createProcessDefinitionQuery().latestVersion().count(),
                "ops-definitions"));
        cards.add(card("Running process instances", runtime.createProcessInstanceQuery().count(), "ops-instances"));
        cards.add(card("Open incidents", runtime.createIncidentQuery().count(), "ops-incidents"));
        cards.add(card("Failed jobs", management.createJobQuery().withException().count(), "ops-failed-jobs"));
        Div links = new Div();
        links.addClassName("ladder-card");
        links.add(new H3("Engine webapps"),
                link("Cockpit: processes, incidents, jobs", "camunda/app/cockpit/default/"),
                link("Tasklist", "camunda/app/tasklist/default/"),
                link("Admin: users and groups (read-only, from Ladder)", "camunda/app/admin/default/"));
        add(new Paragraph("The workflow engine runs inside Ladder and shares its database. People and roles are "
                + "managed in Ladder; the engine reads them."), cards, links);
    }

    private static Div card(String title, long value, String id) {
        Span v = new Span(String.valueOf(value));
        v.addClassName("ladder-card-value");
        v.setId(id);
        Div card = new Div(new H3(title), v);
        card.addClassName("ladder-card");
        return card;
    }

    private static Paragraph link(String text, String href) {
        Anchor a = new Anchor(href, text);
        a.setTarget("_blank");
        return new Paragraph(a);
    }
}
