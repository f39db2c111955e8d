package org.ladder.people;

/** A person as lists show them: who, where, reporting to whom. */
public record PersonSummary(long id, String displayName, String email, String jobTitle, Long unitId,
        String unitName, Long managerId, String managerName, boolean active) {
}
