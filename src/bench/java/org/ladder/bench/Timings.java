package org.ladder.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Samples of one measured operation, in nanoseconds, and their order statistics in milliseconds. */
final class Timings {

    private final String name;
    private final List<Long> nanos = new ArrayList<>();

    Timings(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    void add(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    int count() {
        return nanos.size();
    }

    double median() {
        List<Long> s = sorted();
        int n = s.size();
        return (n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0) / 1e6;
    }

    /** Nearest-rank percentile: the smallest sample with at least {@code p} % of the samples at or below it. */
    double percentile(double p) {
        List<Long> s = sorted();
        int rank = (int) Math.ceil(p / 100.0 * s.size());
        return s.get(Math.max(0, rank - 1)) / 1e6;
    }

    double min() {
        return sorted().get(0) / 1e6;
    }

    double max() {
        List<Long> s = sorted();
        return s.get(s.size() - 1) / 1e6;
    }

    static String ms(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value);
    }

    private List<Long> sorted() {
        if (nanos.isEmpty()) {
            throw new IllegalStateException("No samples for " + name);
        }
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        return s;
    }
}
