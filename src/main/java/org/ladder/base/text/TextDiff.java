package org.ladder.base.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level difference between two texts, for “what changed” highlights. The texts are cut into words, runs of
 * white space and single punctuation marks (so “effortless,” is the word “effortless” and a comma); the tokens are
 * compared by their longest common subsequence; then changes that only white space separates are drawn as one
 * change — everything removed first, then everything added — instead of a patchwork of single words.
 */
public final class TextDiff {

    public enum Kind {
        SAME, ADDED, REMOVED
    }

    /** A run of text that is the same in both, only in the new text, or only in the old one. */
    public record Segment(Kind kind, String text) {
    }

    /** A word (letters and digits, with inner hyphens or apostrophes: “low-carbon”, “let's”), space, or one mark. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*|\\s+|[^\\s\\p{L}\\p{N}]");

    private TextDiff() {
    }

    public static List<Segment> diff(String before, String after) {
        List<String> a = tokens(before == null ? "" : before);
        List<String> b = tokens(after == null ? "" : after);
        List<Segment> raw = new ArrayList<>();
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            raw.add(new Segment(Kind.SAME, a.get(prefix++)));
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        lcs(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), raw);
        for (int k = a.size() - suffix; k < a.size(); k++) {
            raw.add(new Segment(Kind.SAME, a.get(k)));
        }
        return merge(group(raw));
    }

    /** Whether anything differs. */
    public static boolean changed(List<Segment> diff) {
        return diff.stream().anyMatch(s -> s.kind() != Kind.SAME);
    }

    /** Token by token: the longest common subsequence kept, the rest removed or added. */
    private static void lcs(List<String> a, List<String> b, List<Segment> out) {
        int n = a.size();
        int m = b.size();
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                out.add(new Segment(Kind.SAME, a.get(i)));
                i++;
                j++;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                out.add(new Segment(Kind.REMOVED, a.get(i++)));
            } else {
                out.add(new Segment(Kind.ADDED, b.get(j++)));
            }
        }
        while (i < n) {
            out.add(new Segment(Kind.REMOVED, a.get(i++)));
        }
        while (j < m) {
            out.add(new Segment(Kind.ADDED, b.get(j++)));
        }
    }

    /**
     * Changes separated only by unchanged white space become one block: the old words of the block (with the
     * space between them) removed, then the new ones added.
     */
    private static List<Segment> group(List<Segment> raw) {
        List<Segment> out = new ArrayList<>();
        int k = 0;
        while (k < raw.size()) {
            if (raw.get(k).kind() == Kind.SAME) {
                out.add(raw.get(k++));
                continue;
            }
            int end = k; // last changed token of the block
            for (int x = k + 1; x < raw.size(); x++) {
                Segment s = raw.get(x);
                if (s.kind() != Kind.SAME) {
                    end = x;
                } else if (!s.text().isBlank()) {
                    break;
                }
            }
            StringBuilder removed = new StringBuilder();
            StringBuilder added = new StringBuilder();
            for (int x = k; x <= end; x++) {
                Segment s = raw.get(x);
                if (s.kind() != Kind.ADDED) {
                    removed.append(s.text());
                }
                if (s.kind() != Kind.REMOVED) {
                    added.append(s.text());
                }
            }
            List<Segment> block = raw.subList(k, end + 1);
            boolean anyRemoved = block.stream().anyMatch(s -> s.kind() == Kind.REMOVED);
            boolean anyAdded = block.stream().anyMatch(s -> s.kind() == Kind.ADDED);
            if (anyRemoved && anyAdded) {
                out.add(new Segment(Kind.REMOVED, removed.toString()));
                out.add(new Segment(Kind.ADDED, added.toString()));
            } else {
                oneSided(block, anyAdded ? Kind.ADDED : Kind.REMOVED, anyAdded ? added : removed, out);
            }
            k = end + 1;
        }
        return out;
    }

    /**
     * A block that only adds (or only removes) words keeps the unchanged space between them; when that space can
     * sit at one end of the block instead (“effortless[, ]fair[ ]and” = “effortless[, fair] and”), it moves there,
     * so the change reads as one piece.
     */
    private static void oneSided(List<Segment> block, Kind kind, CharSequence changedSide, List<Segment> out) {
        String all = changedSide.toString();
        String space = String.join("", block.stream().filter(s -> s.kind() == Kind.SAME).map(Segment::text).toList());
        if (space.isEmpty()) {
            out.add(new Segment(kind, all));
        } else if (all.endsWith(space) && all.length() > space.length()) {
            out.add(new Segment(kind, all.substring(0, all.length() - space.length())));
            out.add(new Segment(Kind.SAME, space));
        } else if (all.startsWith(space) && all.length() > space.length()) {
            out.add(new Segment(Kind.SAME, space));
            out.add(new Segment(kind, all.substring(space.length())));
        } else {
            out.addAll(block);
        }
    }

    /** Neighbours of the same kind become one segment. */
    private static List<Segment> merge(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : segments) {
            if (!out.isEmpty() && out.get(out.size() - 1).kind() == s.kind()) {
                out.set(out.size() - 1, new Segment(s.kind(), out.get(out.size() - 1).text() + s.text()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
