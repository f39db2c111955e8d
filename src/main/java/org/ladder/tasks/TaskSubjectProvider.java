package org.ladder.tasks;

import java.util.Collection;
import java.util.Map;

/**
 * The SPI through which a feature module names what one of its tasks is about (e.g. "“Run the Q3 survey” — Emma
 * Lindqvist"), as given people may see it: a provider never names something a viewer may not see (a private
 * goal's title). Like {@link TaskFormProvider}, the tasks module asks every provider bean whether it
 * {@link #supports} a task, and never imports a feature.
 */
public interface TaskSubjectProvider {

    boolean supports(TaskInfo task);

    /**
     * The task's subject in a few words for each of these people, as they may see it; a person left out gets no
     * subject.
     */
    Map<Long, String> subjects(TaskInfo task, Collection<Long> viewerPersonIds);
}
