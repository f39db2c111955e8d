package org.ladder.support;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** A route without any access annotation: it must be denied to everyone (test-only). */
@Route("test/unannotated")
public class UnannotatedTestView extends Div {

    public UnannotatedTestView() {
        setText("You should never see this.");
    }
}
