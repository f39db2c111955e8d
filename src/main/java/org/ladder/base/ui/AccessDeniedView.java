package org.ladder.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteAccessDeniedError;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A signed-in person opened a page their roles do not allow. Worded like "not found" so that it does not reveal
 * which pages exist.
 */
@PageTitle("Page not found")
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends RouteAccessDeniedError {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        getElement().removeAllChildren();
        setId("access-denied-view");
        getElement().getClassList().add("ladder-not-found");
        getElement().appendChild(new H2("Page not found").getElement(),
                new Paragraph("This page does not exist, or you do not have access to it.").getElement(),
                new RouterLink("Back to the home page", HomeView.class).getElement());
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
