package org.ladder.tasks;

import java.util.Map;

/**
 * Acknowledgements are overdue: each recipient (a manager, or an HR person) is told how many of the people they
 * answer for have not acknowledged yet.
 */
public record AcknowledgementsEscalated(long campaignId, Level level, Map<Long, Long> pendingByRecipient,
        String title, String link) {

    public enum Level {
        MANAGER, HR
    }
}
