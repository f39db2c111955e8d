package org.ladder.bench;

import java.util.ArrayList;
import java.util.List;

/** A Markdown table with aligned columns (first column left, the others right), readable as plain text too. */
final class Table {

    private final List<String[]> rows = new ArrayList<>();

    Table(String... header) {
        rows.add(header);
    }

    void row(String... cells) {
        rows.add(cells);
    }

    /** An operation's row: median, p95, min and max in milliseconds. */
    void row(Timings t) {
        row(t.name(), Timings.ms(t.median()), Timings.ms(t.percentile(95)), Timings.ms(t.min()),
                Timings.ms(t.max()));
    }

    void appendTo(StringBuilder out) {
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            appendRow(out, rows.get(r), width);
            if (r == 0) {
                String[] rule = new String[width.length];
                for (int i = 0; i < width.length; i++) {
                    rule[i] = i == 0 ? "-".repeat(width[i]) : "-".repeat(width[i] - 1) + ":";
                }
                appendRow(out, rule, width);
            }
        }
    }

    private static void appendRow(StringBuilder out, String[] cells, int[] width) {
        out.append('|');
        for (int i = 0; i < cells.length; i++) {
            String pad = " ".repeat(width[i] - cells[i].length());
            out.append(' ').append(i == 0 ? cells[i] + pad : pad + cells[i]).append(" |");
        }
        out.append('\n');
    }
}
