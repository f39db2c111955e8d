package org.ladder.people.demo;

/**
 * The demo organisation was switched on ({@code ladder.demo.enabled=true}) for a database that is not the embedded
 * H2 default: its logins all have the password "demo", an admin among them, so the application refuses to start.
 */
public class DemoRefusedException extends IllegalStateException {

    private final String database;

    DemoRefusedException(String database) {
        super("ladder.demo.enabled=true, but the database is " + database + ": the demo organisation (120 logins "
                + "with the password 'demo', an admin among them) is created only on the embedded H2 database. "
                + "Ladder refuses to start.");
        this.database = database;
    }

    public String database() {
        return database;
    }
}
