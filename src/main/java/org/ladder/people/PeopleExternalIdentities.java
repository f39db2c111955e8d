package org.ladder.people;

import java.util.Optional;

import org.ladder.base.security.ExternalIdentities;
import org.ladder.base.security.LadderUser;
import org.ladder.people.domain.PersonRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the person a sign-in through an identity provider names: by e-mail address or by external id. */
@Service
class PeopleExternalIdentities implements ExternalIdentities {

    private final PersonRepository people;

    PeopleExternalIdentities(PersonRepository people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LadderUser> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return people.findByEmailIgnoreCase(email.trim()).map(PeopleUserDetailsService::toUser);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LadderUser> findByExternalId(String externalId) {
        if (externalId == null || externalId.isBlank()) {
            return Optional.empty();
        }
        return people.findByExternalId(externalId.trim()).map(PeopleUserDetailsService::toUser);
    }
}
