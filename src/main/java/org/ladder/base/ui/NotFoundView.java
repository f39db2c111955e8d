package org.ladder.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Unknown pages, and pages the signed-in person may not open (the router does not reveal which).
 */
@PageTitle("Page not found")
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundView extends RouteNotFoundError {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getElement().removeAllChildren();
        setId("not-found-view");
        getElement().getClassList().add("ladder-not-found");
        getElement().appendChild(new H2("Page not found").getElement(),
                new Paragraph("This page does not exist, or you do not have access to it.").getElement(),
                new RouterLink("Back to the home page", HomeView.class).getElement());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
