package org.ladder.cycles;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.ladder.cycles.domain.Onboarding;
import org.ladder.cycles.domain.OnboardingRepository;
import org.ladder.cycles.workflow.OnboardingProcess;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.tasks.TaskSubjects;
import org.springframework.stereotype.Component;

/**
 * Names whom an onboarding task is about — “Amira Haddad, new in Customer Care” — for the inbox, Home and
 * notifications; the engine's business key holds only the onboarding's id. Names and units are no secret inside
 * the organisation (the directory shows them to everyone), so every viewer gets the same subject.
 */
@Component
class OnboardingTaskSubjects implements TaskSubjects {

    private final OnboardingRepository onboardings;
    private final PeopleService people;

    OnboardingTaskSubjects(OnboardingRepository onboardings, PeopleService people) {
        this.onboardings = onboardings;
        this.people = people;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(OnboardingProcess.KEY);
    }

    @Override
    public Map<String, String> subjects(String processKey, Collection<String> businessKeys, long viewerPersonId) {
        Map<String, Long> ids = new HashMap<>();
        businessKeys.forEach(k -> OnboardingProcess.onboardingOf(k).ifPresent(id -> ids.put(k, id)));
        Map<Long, Onboarding> rows = new HashMap<>();
        onboardings.findAllById(ids.values()).forEach(o -> rows.put(o.getId(), o));
        Map<Long, String> units = people.unitNames(rows.values().stream().map(Onboarding::getUnitId).toList());
        Map<String, String> subjects = new HashMap<>();
        ids.forEach((key, id) -> {
            Onboarding o = rows.get(id);
            if (o == null) {
                return;
            }
            String name = people.usernameOf(o.getPersonId()).flatMap(people::findByUsername)
                    .map(PersonSummary::displayName).orElse(null);
            if (name != null) {
                subjects.put(key, name + ", new in " + units.getOrDefault(o.getUnitId(), "their unit"));
            }
        });
        return subjects;
    }
}
