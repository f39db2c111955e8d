package org.ladder.tasks;

import java.util.Collection;
import java.util.Map;

import org.ladder.base.security.CurrentUser;
import org.ladder.base.security.LadderUser;

import java.util.Set;

/**
 * The SPI through which a feature names what its tasks are about, for the inbox (the signed-in viewer) and for
 * notifications and e-mail (each recipient). The engine's variables and task descriptions carry ids only
 * (administrators read them in Cockpit, and a private goal's title must not be there); the tasks module asks the
 * feature that owns the process, which looks the subject up with the viewer's rights ("A private goal — Owner"
 * when the viewer may not see it). Implemented by feature modules; the tasks module never imports them. Called inside the caller's transaction:
 * an implementation needs no {@code @Transactional} of its own (a failure is logged and names nothing, without
 * rolling back the caller's change).
 */
public interface TaskSubjects {

    /** The process definition keys whose tasks this names. */
    Set<String> processKeys();

    /**
     * The subject of each task of {@code processKey} (by the process instance's business key) as the person
     * {@code viewerPersonId} may see it, e.g. "“Ship the billing service” — Emma Lindqvist". Business keys left out
     * keep the engine's description. No caller check: notifications ask for their recipients while nobody may be
     * signed in (the engine's job executor), and each answer is already cut to what that viewer may see.
     */
    Map<String, String> subjects(String processKey, Collection<String> businessKeys, long viewerPersonId);

    /**
     * {@link #subjects(String, Collection, long)} for many viewers at once (e.g. every task a launch job created,
     * each for its assignee): per viewer, the subjects of their business keys as that viewer may see them. The
     * default asks once per viewer; a feature whose subjects are the same for every viewer, or that can cut them to
     * each viewer from one read, overrides it to answer in a few statements for all.
     */
    default Map<Long, Map<String, String>> subjectsByViewer(String processKey,
            Map<Long, ? extends Collection<String>> businessKeysByViewer) {
        Map<Long, Map<String, String>> byViewer = new java.util.LinkedHashMap<>();
        businessKeysByViewer.forEach((viewer, keys) -> byViewer.put(viewer, subjects(processKey, keys, viewer)));
        return byViewer;
    }

    /** {@link #subjects(String, Collection, long)} for the signed-in viewer; nobody signed in: nothing. */
    default Map<String, String> subjects(String processKey, Collection<String> businessKeys) {
        return CurrentUser.signedIn().map(LadderUser::personId)
                .map(viewer -> subjects(processKey, businessKeys, viewer)).orElse(Map.of());
    }
}
