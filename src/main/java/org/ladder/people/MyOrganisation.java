package org.ladder.people;

import java.util.List;
import java.util.Optional;

/**
 * Where the signed-in person sits: their unit, their manager, their direct reports, and their teammates — the other
 * members of their unit who are not their direct reports (at most a dozen; {@code unitSize} counts the whole unit).
 */
public record MyOrganisation(PersonSummary me, Optional<OrgUnitNode> unit, Optional<PersonSummary> manager,
        List<PersonSummary> directReports, List<PersonSummary> teammates, long unitSize) {
}
