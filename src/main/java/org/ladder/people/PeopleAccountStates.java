package org.ladder.people;

import java.util.Optional;

import org.ladder.base.security.AccountStates;
import org.ladder.people.domain.PersonRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the security filters from the person table (one primary-key lookup per request). */
@Component
class PeopleAccountStates implements AccountStates {

    private final PersonRepository people;

    PeopleAccountStates(PersonRepository people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountState> of(long personId) {
        return people.accountState(personId);
    }
}
