package org.ladder.tasks;

import java.util.Collection;
import java.util.Map;

/**
 * What an open task is about, as given people may see it (see {@link TaskSubjectProvider}). No caller check: the
 * notifications module asks for its recipients while nobody may be signed in (the engine's job executor), and each
 * answer is already cut to what that recipient may see.
 */
public interface RecipientTaskSubjects {

    /** The subject of open task {@code taskId} for each of these people; missing when none is known. */
    Map<Long, String> subjects(String taskId, Collection<Long> viewerPersonIds);
}
