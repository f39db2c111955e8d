package org.ladder.people.demo;

import java.util.HashMap;
import java.util.Map;

import org.ladder.people.demo.OrgPlan.PersonSpec;
import org.ladder.people.demo.OrgPlan.UnitSpec;
import org.ladder.people.domain.OrgUnit;
import org.ladder.people.domain.Person;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

/**
 * Writes an {@link OrgPlan} into an empty organisation in one transaction, in JDBC batches: units, then people
 * (managers first), then the unit heads. Everyone gets the same password hash.
 */
@Component
public class OrgPlanWriter {

    private static final int FLUSH_EVERY = 1000;

    private final EntityManager em;

    OrgPlanWriter(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void write(OrgPlan plan, String passwordHash) {
        Map<String, Long> unitIds = new HashMap<>();
        int n = 0;
        for (UnitSpec spec : plan.units()) {
            OrgUnit parent = spec.parentExternalId() == null ? null
                    : em.getReference(OrgUnit.class, unitIds.get(spec.parentExternalId()));
            OrgUnit unit = new OrgUnit(spec.externalId(), spec.name(), parent);
            em.persist(unit);
            unitIds.put(spec.externalId(), unit.getId());
            if (++n % FLUSH_EVERY == 0) {
                flushAndClear();
            }
        }
        flushAndClear();
        Map<String, Long> personIds = new HashMap<>();
        for (PersonSpec spec : plan.people()) {
            Person p = new Person(spec.externalId(), spec.username(), spec.email(), spec.firstName(),
                    spec.lastName());
            p.setJobTitle(spec.jobTitle());
            p.setUnit(em.getReference(OrgUnit.class, unitIds.get(spec.unitExternalId())));
            if (spec.managerExternalId() != null) {
                p.setManager(em.getReference(Person.class, personIds.get(spec.managerExternalId())));
            }
            p.setRoles(spec.roles());
            p.setPasswordHash(passwordHash);
            em.persist(p);
            personIds.put(spec.externalId(), p.getId());
            if (++n % FLUSH_EVERY == 0) {
                flushAndClear();
            }
        }
        flushAndClear();
        for (UnitSpec spec : plan.units()) {
            if (spec.headExternalId() != null) {
                OrgUnit unit = em.find(OrgUnit.class, unitIds.get(spec.externalId()));
                unit.setHead(em.getReference(Person.class, personIds.get(spec.headExternalId())));
            }
            if (++n % FLUSH_EVERY == 0) {
                flushAndClear();
            }
        }
        flushAndClear();
    }

    private void flushAndClear() {
        em.flush();
        em.clear();
    }
}
