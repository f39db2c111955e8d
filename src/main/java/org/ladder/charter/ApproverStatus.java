package org.ladder.charter;

import java.time.Instant;

/**
 * Where one approver stands on a version in approval: approved, returned it (with their comment), or not decided
 * yet ({@code decidedAt} null).
 */
public record ApproverStatus(String name, Decision decision, String comment, Instant decidedAt) {

    public enum Decision {
        APPROVED("Approved"), RETURNED("Returned it"), WAITING("Not decided yet");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
