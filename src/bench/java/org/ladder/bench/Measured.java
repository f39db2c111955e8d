package org.ladder.bench;

import java.util.ArrayList;
import java.util.List;

/** Times and statement counts of one operation, as a row of a table: median, p95, min, max, statements. */
final class Measured {
    private final Timings timings;
    private long minStatements = Long.MAX_VALUE;
    private long maxStatements;

    Measured(String name) {
        timings = new Timings(name);
    }

    void add(long nanos, long statements) {
        timings.add(nanos);
        minStatements = Math.min(minStatements, statements);
        maxStatements = Math.max(maxStatements, statements);
    }

    /** The operation's row, followed by the cells {@code more}. */
    void row(Table table, String... more) {
        List<String> cells = new ArrayList<>(List.of(timings.name(), Timings.ms(timings.median()),
                Timings.ms(timings.percentile(95)), Timings.ms(timings.min()), Timings.ms(timings.max()),
                minStatements == maxStatements ? String.valueOf(minStatements) : minStatements + "–" + maxStatements));
        cells.addAll(List.of(more));
        table.row(cells.toArray(String[]::new));
    }
}
