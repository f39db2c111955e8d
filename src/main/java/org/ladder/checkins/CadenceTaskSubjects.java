package org.ladder.checkins;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.tasks.TaskSubjects;
import org.springframework.stereotype.Component;

/**
 * Names whom a cadence task is about — the person who checks in ("Manager: hold the 1:1: Emma Lindqvist") — for the
 * inbox, Home and notifications; the engine's business key holds only the person's id. A person's name is no secret
 * inside the organisation (the directory shows it to everyone), so every viewer gets the same subject.
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
        Map<String, String> subjects = new HashMap<>();
        for (String key : businessKeys) {
            long personId;
            try {
                personId = CadenceTasks.personOf(key);
            } catch (IllegalArgumentException e) {
                continue; // not a cadence key: the engine's own description stays
            }
            people.usernameOf(personId).flatMap(people::findByUsername).map(PersonSummary::displayName)
                    .ifPresent(name -> subjects.put(key, name));
        }
        return subjects;
    }
}
