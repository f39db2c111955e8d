package org.ladder.support;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** A page that fails while it is built, to show the error view (test-only). */
@Route("test/failing")
@PermitAll
public class FailingTestView extends Div {

    public FailingTestView() {
        throw new IllegalStateException("Boom: database is on fire");
    }
}
