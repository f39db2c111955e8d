package org.ladder.people;

import org.ladder.base.security.LadderUser;
import org.ladder.people.domain.Person;
import org.ladder.people.domain.PersonRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The portal's users are the people: sign in with username or e-mail. */
@Service
class PeopleUserDetailsService implements UserDetailsService {

    private final PersonRepository people;

    PeopleUserDetailsService(PersonRepository people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String login) {
        Person p = people.findByLogin(login == null ? "" : login.trim())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return toUser(p);
    }

    static LadderUser toUser(Person p) {
        return new LadderUser(p.getId(), p.getUsername(), p.getDisplayName(), p.getPasswordHash(), p.isActive(),
                p.getRoles(), p.getSecurityVersion(), p.isPasswordChangeRequired());
    }
}
