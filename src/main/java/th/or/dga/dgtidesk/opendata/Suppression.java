package th.or.dga.dgtidesk.opendata;

import java.util.Arrays;
import java.util.List;

/**
 * Small-count suppression for published counts, so no person can be singled out. A count from
 * 1 to 4 is hidden (shown as {@code <5}); then, in every group of cells published with their
 * total (a row or a column of a table), a hidden cell that is the only hidden one could be
 * worked out from the total, so the next smallest non-zero cell of that group is hidden too
 * (shown as {@code x}: it may well be 5 or more). Hiding one cell can leave another group with a
 * single hidden cell, so this repeats until nothing changes. Zero is published: a cell that
 * counts nobody discloses nobody.
 */
public final class Suppression {

    public static final int THRESHOLD = 5;

    /** How a count is published. */
    public enum Mark {
        SHOWN, SMALL, COMPLEMENTARY;

        public String format(long count) {
            return switch (this) {
                case SHOWN -> Long.toString(count);
                case SMALL -> "<" + THRESHOLD;
                case COMPLEMENTARY -> "x";
            };
        }
    }

    private Suppression() {
    }

    /**
     * @param counts the published cells (totals included)
     * @param groups each group lists indexes into {@code counts} whose total is published (the
     *               total's own index belongs to its group)
     */
    public static Mark[] apply(long[] counts, List<int[]> groups) {
        Mark[] marks = new Mark[counts.length];
        for (int i = 0; i < counts.length; i++) {
            marks[i] = counts[i] > 0 && counts[i] < THRESHOLD ? Mark.SMALL : Mark.SHOWN;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] group : groups) {
                long hidden = Arrays.stream(group).filter(i -> marks[i] != Mark.SHOWN).count();
                if (hidden != 1) {
                    continue;
                }
                int smallest = -1;
                for (int i : group) {
                    if (marks[i] == Mark.SHOWN && counts[i] > 0 && (smallest < 0 || counts[i] < counts[smallest])) {
                        smallest = i;
                    }
                }
                if (smallest >= 0) {
                    marks[smallest] = Mark.COMPLEMENTARY;
                    changed = true;
                }
            }
        }
        return marks;
    }
}
