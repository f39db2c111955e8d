package org.ladder.reviews;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.Set;

import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.reviews.domain.ReviewRound;
import org.ladder.reviews.domain.ReviewRoundRepository;
import org.ladder.reviews.workflow.ReviewProcess;
import org.ladder.tasks.TaskSubjects;
import org.springframework.stereotype.Component;

/**
 * Names whom a review task is about for the inbox, Home and notifications: the person under review and the round
 * (“Emma Lindqvist — Reviews H2 2026”), a calibration by its unit and round. A person's name is no secret inside the
 * organisation (the directory shows it), and nothing of the review itself (ratings, answers, peers) is named, so a
 * colleague's input task reveals nothing private; the engine holds ids only.
 */
@Component
class ReviewTaskSubjects implements TaskSubjects {

    private final PeopleService people;
    private final ReviewRoundRepository rounds;

    ReviewTaskSubjects(PeopleService people, ReviewRoundRepository rounds) {
        this.people = people;
        this.rounds = rounds;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(ReviewProcess.KEY, ReviewProcess.CALIBRATION_KEY);
    }

    @Override
    public Map<String, String> subjects(String processKey, Collection<String> businessKeys, long viewerPersonId) {
        Map<String, String> subjects = new HashMap<>();
        Map<String, String> roundNames = new HashMap<>();
        if (ReviewProcess.CALIBRATION_KEY.equals(processKey)) {
            Set<Long> units = new HashSet<>();
            businessKeys.forEach(k -> ReviewProcess.parseCalibration(k).ifPresent(e -> units.add(e.getValue())));
            Map<Long, String> names = units.isEmpty() ? Map.of() : people.unitNames(units);
            for (String key : businessKeys) {
                ReviewProcess.parseCalibration(key).ifPresent(e -> subjects.put(key,
                        names.getOrDefault(e.getValue(), "Unit " + e.getValue()) + " — " + round(e, roundNames)));
            }
            return subjects;
        }
        Map<String, Entry<String, Long>> parsed = new HashMap<>();
        businessKeys.forEach(k -> ReviewProcess.parse(k).ifPresent(e -> parsed.put(k, e)));
        Map<Long, String> names = new HashMap<>();
        if (!parsed.isEmpty()) {
            people.placements(parsed.values().stream().map(Entry::getValue).toList())
                    .forEach((PersonSummary p) -> names.put(p.id(), p.displayName()));
        }
        parsed.forEach((key, e) -> Optional.ofNullable(names.get(e.getValue()))
                .ifPresent(name -> subjects.put(key, name + " — " + round(e, roundNames))));
        return subjects;
    }

    /**
     * The names are the same for every viewer (see above): one lookup for all viewers' tasks, so a launch chunk's
     * 200 new tasks cost two statements, not two per task.
     */
    @Override
    public Map<Long, Map<String, String>> subjectsByViewer(String processKey,
            Map<Long, ? extends Collection<String>> businessKeysByViewer) {
        Set<String> all = new HashSet<>();
        businessKeysByViewer.values().forEach(all::addAll);
        Map<String, String> names = all.isEmpty() ? Map.of() : subjects(processKey, all, 0L);
        Map<Long, Map<String, String>> byViewer = new LinkedHashMap<>();
        businessKeysByViewer.forEach((viewer, keys) -> {
            Map<String, String> own = new HashMap<>();
            keys.forEach(k -> Optional.ofNullable(names.get(k)).ifPresent(name -> own.put(k, name)));
            byViewer.put(viewer, own);
        });
        return byViewer;
    }

    private String round(Entry<String, Long> e, Map<String, String> cache) {
        return cache.computeIfAbsent(e.getKey(), k -> rounds.findByRoundKey(k).map(ReviewRound::name).orElse(k));
    }

}
