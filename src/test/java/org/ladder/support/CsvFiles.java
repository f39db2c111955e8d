package org.ladder.support;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Builds import files with ids unique to one test run, so tests can run again on a kept database. */
public final class CsvFiles {

    public static final String HEADER = "kind,external_id,name,parent,head,first_name,last_name,email,job_title,"
            + "unit,manager,roles,active\n";

    private CsvFiles() {
    }

    /** A fresh prefix for external ids and e-mails. */
    public static String runId() {
        return "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A small valid organisation: a unit under the demo company, its head and two reports. */
    public static byte[] goodFile(String run) {
        return (HEADER
                + "unit," + run + "-U1,Imported Team " + run + ",U-CO," + run + "-P1,,,,,,,,\n"
                + "person," + run + "-P1,,,,Ines,Lead," + run + ".ines@import.example,Team Lead," + run + "-U1,,MANAGER,yes\n"
                + "person," + run + "-P2,,,,Jon,Doe," + run + ".jon@import.example,Analyst," + run + "-U1," + run + "-P1,,yes\n"
                + "person," + run + "-P3,,,,Kim,Lee," + run + ".kim@import.example,Analyst," + run + "-U1," + run + "-P1,,\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A file with one good row and several bad ones (bad e-mail, unknown unit, reporting loop). */
    public static byte[] badFile(String run) {
        return (HEADER
                + "unit," + run + "-U1,Imported Team " + run + ",U-CO,,,,,,,,,\n"
                + "person," + run + "-P1,,,,Ann,Ok," + run + ".ann@import.example,,"  + run + "-U1,,,\n"
                + "person," + run + "-P2,,,,Bad,Mail,not-an-email,," + run + "-U1,,,\n"
                + "person," + run + "-P3,,,,No,Unit," + run + ".nounit@import.example,,NOPE,,,\n"
                + "person," + run + "-P4,,,,Loop,A," + run + ".a@import.example,," + run + "-U1," + run + "-P5,,\n"
                + "person," + run + "-P5,,,,Loop,B," + run + ".b@import.example,," + run + "-U1," + run + "-P4,,\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
