package org.ladder.base.ui;

import java.util.UUID;

import org.ladder.base.persistence.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown when a view fails unexpectedly: a friendly message and a reference; the details go to the log. When the
 * database cannot be reached it says so (and needs no database itself: the layout's badges fail soft).
 */
@PageTitle("Something went wrong")
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        setId("error-view");
        if (DatabaseUnavailable.isCause(parameter.getCaughtException())) {
            log.warn("Cannot show '{}': the database cannot be reached ({})", event.getLocation().getPath(),
                    parameter.getCaughtException().toString());
            add(new H2("Ladder cannot reach its database"),
                    new Paragraph("This page cannot be shown right now. Nothing you saved before is lost; "
                            + "please try again in a moment."),
                    new RouterLink("Try the home page", HomeView.class));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error on '{}' (reference {})", event.getLocation().getPath(), reference,
                parameter.getCaughtException());
        add(new H2("Something went wrong"),
                new Paragraph("We could not show this page. Please try again; if it keeps happening, "
                        + "tell your administrator the reference " + reference + "."),
                new RouterLink("Back to the home page", HomeView.class));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
