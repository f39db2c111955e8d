package org.ladder.base.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level difference between two texts (longest common subsequence), for "what changed" highlights.
 */
public final class TextDiff {

    public enum Kind {
        SAME, ADDED, REMOVED
    }

    /** A run of text that is the same in both, only in the new text, or only in the old one. */
    public record Segment(Kind kind, String text) {
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    private TextDiff() {
    }

    public static List<Segment> diff(String before, String after) {
        List<String> a = tokens(before == null ? "" : before);
        List<String> b = tokens(after == null ? "" : after);
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Segment> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                add(out, Kind.SAME, a.get(i));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                add(out, Kind.REMOVED, a.get(i++));
            } else {
                add(out, Kind.ADDED, b.get(j++));
            }
        }
        while (i < n) {
            add(out, Kind.REMOVED, a.get(i++));
        }
        while (j < m) {
            add(out, Kind.ADDED, b.get(j++));
        }
        return out;
    }

    /** Whether anything differs. */
    public static boolean changed(List<Segment> diff) {
        return diff.stream().anyMatch(s -> s.kind() != Kind.SAME);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static void add(List<Segment> out, Kind kind, String token) {
        if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(kind, last.text() + token));
        } else if (token.isBlank() && !out.isEmpty() && kind != Kind.SAME) {
            // whitespace between two changed words belongs to the change
            out.add(new Segment(kind, token));
        } else {
            out.add(new Segment(kind, token));
        }
    }
}
