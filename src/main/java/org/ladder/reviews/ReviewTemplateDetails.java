package org.ladder.reviews;

import java.time.Instant;
import java.util.List;

/**
 * A template version as HR edits it: {@code templateVersion} is the template's lock (pass it back to
 * {@link ReviewTemplates#save}); {@code inUse}: reviews use this version, so saving makes a new one.
 */
public record ReviewTemplateDetails(long templateId, long templateVersion, long versionId, int number,
        TemplateDraft draft, boolean inUse, String savedBy, Instant savedAt, List<Integer> numbers) {

    public String name() {
        return draft.name();
    }
}
