package dev.collabinfra.template;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" suggestions: the closest candidate by edit distance, when it is close enough. */
public final class Suggestions {

    /**
     * Longest word or candidate compared. Every name CloudFormation knows (logical ids, types,
     * properties, attributes) is at most 255 characters; a 50,000-character name is nobody's typo,
     * and the edit distance over it would take quadratic time and memory.
     */
    public static final int MAX_LENGTH = 255;

    private Suggestions() {}

    /**
     * The candidate nearest to {@code word}, if its distance is at most a third of the word's length
     * (min 2). Words or candidates longer than {@link #MAX_LENGTH}, and candidates whose length alone
     * puts them out of reach, are not compared.
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        if (word.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = word.toLowerCase(Locale.ROOT);
        int allowedDistance = Math.max(2, word.length() / 3);
        for (String candidate : candidates) {
            if (candidate.length() > MAX_LENGTH || Math.abs(candidate.length() - word.length()) > allowedDistance) {
                continue; // the distance is at least the difference in length
            }
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = Math.max(2, word.length() / 3);
        return best != null && bestDistance <= allowed && !best.equals(word) ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance with transpositions counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
