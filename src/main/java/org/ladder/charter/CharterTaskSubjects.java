package org.ladder.charter;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.ladder.charter.domain.CharterVersion;
import org.ladder.charter.domain.CharterVersionRepository;
import org.ladder.charter.workflow.CharterPublicationProcess;
import org.ladder.tasks.TaskSubjects;
import org.springframework.stereotype.Component;

/** Names the version behind each charter task, the same for every viewer: "Charter version 3". */
@Component
class CharterTaskSubjects implements TaskSubjects {

    private final CharterVersionRepository versions;

    CharterTaskSubjects(CharterVersionRepository versions) {
        this.versions = versions;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(CharterPublicationProcess.KEY);
    }

    @Override
    public Map<String, String> subjects(String processKey, Collection<String> businessKeys, long viewerPersonId) {
        Map<Long, String> keyByVersion = new HashMap<>();
        businessKeys.forEach(k -> keyByVersion.put(CharterPublicationProcess.versionId(k), k));
        Map<String, String> subjects = new HashMap<>();
        for (CharterVersion v : versions.findAllById(keyByVersion.keySet())) {
            subjects.put(keyByVersion.get(v.getId()), "Charter version " + v.getNumber());
        }
        return subjects;
    }
}
