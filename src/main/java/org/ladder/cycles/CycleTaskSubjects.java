package org.ladder.cycles;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ladder.cycles.domain.Cycle;
import org.ladder.cycles.domain.CycleRepository;
import org.ladder.cycles.workflow.AlignmentCycleProcess;
import org.ladder.cycles.workflow.UnitCascadeProcess;
import org.ladder.people.PeopleService;
import org.ladder.tasks.TaskSubjects;
import org.springframework.stereotype.Component;

/**
 * Names the cycle's tasks for the inbox and notifications (ADR 0011's SPI): the cycle (“H1 2027”) and, for a unit's
 * task, the unit (“Team Atlas — H1 2027”). Cycle and unit names are not private, so every viewer sees the same.
 */
@Component
class CycleTaskSubjects implements TaskSubjects {

    private static final Pattern KEY = Pattern.compile("cycle-(\\d+)(?:/unit-(\\d+))?(?:/person-\\d+)?");

    private final CycleRepository cycles;
    private final PeopleService people;

    CycleTaskSubjects(CycleRepository cycles, PeopleService people) {
        this.cycles = cycles;
        this.people = people;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(AlignmentCycleProcess.KEY, UnitCascadeProcess.KEY, UnitCascadeProcess.PERSON_KEY);
    }

    /** The names are the same for every viewer: read once for all of a transaction's new tasks, then cut. */
    @Override
    public Map<Long, Map<String, String>> subjectsByViewer(String processKey,
            Map<Long, ? extends Collection<String>> businessKeysByViewer) {
        Set<String> all = new HashSet<>();
        businessKeysByViewer.values().forEach(all::addAll);
        Map<String, String> named = subjects(processKey, all, 0L);
        Map<Long, Map<String, String>> byViewer = new java.util.LinkedHashMap<>();
        businessKeysByViewer.forEach((viewer, keys) -> {
            Map<String, String> own = new HashMap<>();
            for (String key : keys) {
                String subject = named.get(key);
                if (subject != null) {
                    own.put(key, subject);
                }
            }
            byViewer.put(viewer, own);
        });
        return byViewer;
    }

    @Override
    public Map<String, String> subjects(String processKey, Collection<String> businessKeys, long viewerPersonId) {
        Set<Long> cycleIds = new HashSet<>();
        Set<Long> unitIds = new HashSet<>();
        for (String key : businessKeys) {
            Matcher m = key == null ? null : KEY.matcher(key);
            if (m != null && m.matches()) {
                cycleIds.add(Long.valueOf(m.group(1)));
                if (m.group(2) != null) {
                    unitIds.add(Long.valueOf(m.group(2)));
                }
            }
        }
        Map<Long, String> cycleNames = new HashMap<>();
        cycles.findAllById(cycleIds).forEach((Cycle c) -> cycleNames.put(c.getId(), c.name()));
        Map<Long, String> unitNames = unitIds.isEmpty() ? Map.of() : people.unitNames(List.copyOf(unitIds));
        Map<String, String> subjects = new HashMap<>();
        for (String key : businessKeys) {
            Matcher m = key == null ? null : KEY.matcher(key);
            if (m == null || !m.matches()) {
                continue;
            }
            String cycle = cycleNames.get(Long.valueOf(m.group(1)));
            if (cycle == null) {
                continue;
            }
            String unit = m.group(2) == null ? null : unitNames.get(Long.valueOf(m.group(2)));
            subjects.put(key, unit == null ? "“" + cycle + "”" : unit + " — “" + cycle + "”");
        }
        return subjects;
    }
}
