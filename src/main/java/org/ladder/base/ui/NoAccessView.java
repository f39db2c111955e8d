package org.ladder.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

/**
 * Where a signed-in person lands who opened a page outside the portal's views that their roles do not allow
 * (the engine's Cockpit, Tasklist, Admin): the same words as {@link AccessDeniedView}, inside the portal.
 */
@Route("no-access")
@PageTitle("Page not found")
@PermitAll
public class NoAccessView extends VerticalLayout {

    public static final String PATH = "no-access";

    public NoAccessView() {
        setId("access-denied-view");
        addClassName("ladder-not-found");
        add(new H2("Page not found"), new Paragraph("This page does not exist, or you do not have access to it."),
                new RouterLink("Back to the home page", HomeView.class));
    }
}
