package org.ladder.tasks;

import java.util.Objects;
import java.util.function.LongFunction;

/**
 * How a feature's process waits for the end of its acknowledgement campaigns (subject type {@code subjectType}):
 * when everyone acknowledged, {@code completedMessage} is correlated to the instance with business key
 * {@code businessKey(subjectId)}; when the campaign was closed, {@code closedMessage}. A feature declares one bean per
 * subject type; one listener of this module correlates them all, in the transaction of the acknowledgement (or of
 * the close), so both commit together.
 */
public record CampaignMessages(String subjectType, String completedMessage, String closedMessage,
        LongFunction<String> businessKey) {

    public CampaignMessages {
        Objects.requireNonNull(subjectType);
        Objects.requireNonNull(completedMessage);
        Objects.requireNonNull(closedMessage);
        Objects.requireNonNull(businessKey);
    }
}
