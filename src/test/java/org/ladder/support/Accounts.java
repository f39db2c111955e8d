package org.ladder.support;

import java.util.concurrent.ThreadLocalRandom;

import org.ladder.people.AccountService;
import org.ladder.people.OrgImportService;
import org.ladder.people.domain.PersonRepository;
import org.springframework.stereotype.Component;

/** Fresh sign-in accounts for security tests, so that locking or deactivating one disturbs no other test. */
@Component
public class Accounts {

    public record Account(long id, String login, String password) {
    }

    private final OrgImportService imports;
    private final AccountService accounts;
    private final PersonRepository people;
    private final SignedIn signedIn;

    Accounts(OrgImportService imports, AccountService accounts, PersonRepository people, SignedIn signedIn) {
        this.imports = imports;
        this.accounts = accounts;
        this.people = people;
        this.signedIn = signedIn;
    }

    /** An imported employee with a one-time password set by the admin; signs the test out afterwards. */
    public Account fresh() {
        String run = CsvFiles.runId();
        signedIn.as("hr");
        imports.apply(CsvFiles.goodFile(run));
        long id = people.findByExternalId(run + "-P2").orElseThrow().getId();
        String password = "ladder-test-" + run + "-pass";
        signedIn.as("admin");
        accounts.setPassword(id, password);
        signedIn.nobody();
        return new Account(id, run.toLowerCase() + ".jon@import.example", password);
    }

    /** A client address of the documentation range, different for every call (for per-address throttling). */
    public static String freshAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198.51." + r.nextInt(0, 100) + "." + r.nextInt(1, 255);
    }
}
