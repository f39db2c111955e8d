package org.ladder.charter;

import java.util.List;

/**
 * What {@link CharterService} asks of the process engine (the module's engine port); implemented in
 * {@code charter.workflow} over the publication contract, so the service never spells a process key or a variable.
 */
public interface CharterWorkflow {

    /** Starts {@code charter-publication} for a submitted version: each of {@code approvers} gets a task. */
    void startPublication(long versionId, String drafterUsername, List<String> approverUsernames);

    /** Whether a publication of this version is running (in approval, or returned to its drafter). */
    boolean publicationOpen(long versionId);
}
