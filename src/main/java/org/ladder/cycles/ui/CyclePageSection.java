package org.ladder.cycles.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of the cycle page another feature of the cycle contributes (onboarding's progress, for one), shown below
 * the failed steps in ascending {@link #order()}. The page asks it again on every live refresh.
 */
public interface CyclePageSection {

    int order();

    /** The section for this cycle, or {@code null} when the signed-in viewer may not see it. */
    Component create(long cycleId);

    /** Reads the section's figures again (the page's live refresh); {@code section} is what {@link #create} made. */
    default void refresh(Component section) {
    }
}
