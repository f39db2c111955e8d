package org.ladder.tasks;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Names what a feature's tasks are about, for the person looking at the inbox. The engine's variables and task
 * descriptions carry ids only (administrators read them in Cockpit, and a private goal's title must not be there);
 * the inbox asks the feature that owns the process, which looks the subject up with the viewer's rights ("a private
 * goal" when the viewer may not see it). Implemented by feature modules; the inbox never imports them.
 */
public interface TaskSubjects {

    /** The process definition keys whose tasks this names. */
    Set<String> processKeys();

    /**
     * The subject of each task of {@code processKey} (by the process instance's business key) as the signed-in
     * viewer may see it, e.g. "“Ship the billing service” — Emma Lindqvist". Business keys left out keep the
     * engine's description.
     */
    Map<String, String> subjects(String processKey, Collection<String> businessKeys);
}
