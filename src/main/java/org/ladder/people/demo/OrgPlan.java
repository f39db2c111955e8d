package org.ladder.people.demo;

import java.util.List;
import java.util.Set;

import org.ladder.base.security.Role;

/** An organisation to be written: units top-down, people managers-first. */
public record OrgPlan(List<UnitSpec> units, List<PersonSpec> people) {

    public record UnitSpec(String externalId, String name, String parentExternalId, String headExternalId) {
    }

    public record PersonSpec(String externalId, String username, String email, String firstName, String lastName,
            String jobTitle, String unitExternalId, String managerExternalId, Set<Role> roles) {
    }
}
