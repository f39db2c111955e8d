package org.ladder.checkins;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.ladder.people.PeopleService;
import org.ladder.tasks.TaskSubjects;
import org.springframework.stereotype.Component;

/**
 * Names whom a cadence task is about — the person who checks in ("Manager: hold the 1:1: Emma Lindqvist") — for the
 * inbox, Home and notifications; the engine's business key holds only the person's id. A person's name is no secret
 * inside the organisation (the directory shows it to everyone), so every viewer gets the same subject, and many
 * tasks' subjects (a launch job's 200 new check-in tasks) cost one statement ({@link PeopleService#displayNames}),
 * with or without anyone signed in.
 */
@Component
class CadenceTaskSubjects implements TaskSubjects {

    private final PeopleService people;

    CadenceTaskSubjects(PeopleService people) {
        this.people = people;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(CadenceTasks.PROCESS_KEY);
    }

    @Override
    public Map<String, String> subjects(String processKey, Collection<String> businessKeys, long viewerPersonId) {
        return names(businessKeys);
    }

    /** The same names for every viewer: one statement for all the viewers' tasks. */
    @Override
    public Map<Long, Map<String, String>> subjectsByViewer(String processKey,
            Map<Long, ? extends Collection<String>> businessKeysByViewer) {
        Map<String, String> names = names(businessKeysByViewer.values().stream().flatMap(Collection::stream)
                .collect(Collectors.toSet()));
        Map<Long, Map<String, String>> byViewer = new LinkedHashMap<>();
        businessKeysByViewer.forEach((viewer, keys) -> {
            Map<String, String> own = new HashMap<>();
            keys.forEach(k -> Optional.ofNullable(names.get(k)).ifPresent(name -> own.put(k, name)));
            byViewer.put(viewer, own);
        });
        return byViewer;
    }

    /** The display name of each cadence business key's person (other keys keep the engine's description). */
    private Map<String, String> names(Collection<String> businessKeys) {
        Map<String, Long> personOf = new HashMap<>();
        for (String key : businessKeys) {
            try {
                personOf.put(key, CadenceTasks.personOf(key));
            } catch (IllegalArgumentException e) {
                // not a cadence key: the engine's own description stays
            }
        }
        if (personOf.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = people.displayNames(personOf.values());
        Map<String, String> subjects = new HashMap<>();
        personOf.forEach((key, person) -> Optional.ofNullable(names.get(person)).ifPresent(n -> subjects.put(key, n)));
        return subjects;
    }
}
