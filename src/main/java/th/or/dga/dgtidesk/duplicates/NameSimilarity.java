package th.or.dga.dgtidesk.duplicates;

/**
 * How alike two name keys are: 1 − (optimal-string-alignment distance ÷ longer length). OSA counts
 * a swapped pair of letters as one slip, which is how Thai names are mistyped (สมชาย / สมชยา);
 * on name keys that already ignore prefixes, spaces and tone marks, 0.85 means at most one slip in
 * a short name and two in a long one.
 */
final class NameSimilarity {

    static final double THRESHOLD = 0.85;

    private NameSimilarity() {
    }

    static boolean close(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        int longer = Math.max(a.length(), b.length());
        int allowed = (int) Math.floor(longer * (1 - THRESHOLD));
        // Lengths further apart than the slips allowed cannot be close: skip the table.
        if (Math.abs(a.length() - b.length()) > allowed) {
            return false;
        }
        return similarity(a, b) >= THRESHOLD;
    }

    static double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1 : 1 - (double) distance(a, b) / longer;
    }

    /** Optimal string alignment: insertions, deletions, substitutions and adjacent swaps. */
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
