package org.ladder.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;

/**
 * A part of a page that rebuilds itself whenever {@link LiveUpdates} signals its person (a banner that appears when
 * there is something to acknowledge, and goes when it is done). Subclasses build their content in {@link #rebuild}.
 */
public abstract class LiveSection extends Div {

    private final long personId;
    private final transient LiveUpdates liveUpdates;
    private Registration registration;

    protected LiveSection(long personId, LiveUpdates liveUpdates) {
        this.personId = personId;
        this.liveUpdates = liveUpdates;
        setWidthFull();
    }

    /** Replaces the content with the current state (called at once by subclasses, and on every signal). */
    protected abstract void rebuild();

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        registration = liveUpdates.register(personId, event.getUI(), this::rebuild);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
        super.onDetach(event);
    }
}
