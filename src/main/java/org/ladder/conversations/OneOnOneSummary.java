package org.ladder.conversations;

import java.time.LocalDate;

/**
 * One line of the 1:1s list: a report (or, for the report, their manager), when they last met, and what waits.
 *
 * @param oneOnOneId null while the pair has not started their 1:1 yet
 */
public record OneOnOneSummary(Long oneOnOneId, long reportId, String reportName, long managerId,
        String managerName, LocalDate lastHeldOn, long openActions, long topicsWaiting) {
}
