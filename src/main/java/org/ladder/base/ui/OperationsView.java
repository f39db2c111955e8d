package org.ladder.base.ui;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import java.util.List;
import java.util.Locale;

import org.ladder.base.Reconciliation;
import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.Role;
import org.ladder.base.security.Roles;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Admins: the workflow engine at a glance (deployed processes, running instances, incidents, failed jobs) with
 * links to Cockpit, Tasklist and Admin, which open with the portal's own sign-in; and the consistency checks
 * ({@link Reconciliation}s, e.g. goal progress), run on demand.
 */
@Route("admin/operations")
@PageTitle("Operations")
@Menu(order = 90, title = "Operations", icon = "vaadin:cogs")
@RolesAllowed(Roles.ADMIN)
public class OperationsView extends VerticalLayout {

    /** Drifts listed at most, per check (the count says how many there are). */
    static final int MAX_DRIFT_SHOWN = 200;

    public OperationsView(CurrentUser currentUser, RepositoryService repository, RuntimeService runtime,
            ManagementService management, List<Reconciliation> reconciliations) {
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
                + "managed in Ladder; the engine reads them."), cards, links, checks(reconciliations));
    }

    /** Consistency checks: recompute derived data (e.g. goal progress) and list what drifted. */
    private static Div checks(List<Reconciliation> reconciliations) {
        Div card = new Div(new H3("Consistency checks"), new Paragraph("Recomputes stored values from their sources "
                + "and lists every difference. Changes nothing."));
        card.addClassName("ladder-card");
        card.setId("ops-checks");
        for (Reconciliation r : reconciliations) {
            String key = r.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            Div result = new Div();
            result.setId("check-result-" + key);
            Button run = new Button("Check " + r.title().toLowerCase(Locale.ROOT));
            run.setId("check-" + key);
            run.setDisableOnClick(true);
            run.addClickListener(e -> {
                show(result, r.run());
                run.setEnabled(true);
            });
            card.add(run, result);
        }
        return card;
    }

    private static void show(Div result, Reconciliation.Report report) {
        result.removeAll();
        if (report.clean()) {
            result.add(new Paragraph("No drift: all " + report.checked() + " checked are as recomputed."));
            return;
        }
        result.add(new Paragraph(report.drift().size() + " of " + report.checked() + " differ from what they "
                + "recompute to:"));
        UnorderedList list = new UnorderedList();
        report.drift().stream().limit(MAX_DRIFT_SHOWN).forEach(d -> list.add(new ListItem(d.subject() + ": stored "
                + d.stored() + ", recomputed " + d.expected())));
        result.add(list);
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
