package org.ladder.notifications;

import java.util.Locale;

import org.ladder.people.OrgImportService;
import org.ladder.people.PeopleService;
import org.ladder.people.PersonSummary;
import org.ladder.support.CsvFiles;
import org.ladder.support.SignedIn;
import org.springframework.stereotype.Component;

/**
 * People no other test knows, so notification counts are exact: imports a small team (a manager and two
 * reports) as HR, then signs out again.
 */
@Component
public class FreshPeople {

    /** A fresh person: id, login (their e-mail) and e-mail. */
    public record Fresh(long id, String username, String email, String name) {
    }

    /** A team lead (role MANAGER) and two reports. */
    public record Team(Fresh lead, Fresh jon, Fresh kim) {
    }

    private final OrgImportService imports;
    private final PeopleService people;
    private final SignedIn signedIn;

    FreshPeople(OrgImportService imports, PeopleService people, SignedIn signedIn) {
        this.imports = imports;
        this.people = people;
        this.signedIn = signedIn;
    }

    public Team team() {
        String run = CsvFiles.runId();
        signedIn.as("hr");
        try {
            imports.apply(CsvFiles.goodFile(run));
            return new Team(find(run, "ines"), find(run, "jon"), find(run, "kim"));
        } finally {
            signedIn.nobody();
        }
    }

    private Fresh find(String run, String first) {
        String email = run.toLowerCase(Locale.ROOT) + "." + first + "@import.example";
        PersonSummary p = people.findByUsername(email).orElseThrow();
        return new Fresh(p.id(), email, p.email(), p.displayName());
    }
}
