package th.or.dga.dgtidesk.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static th.or.dga.dgtidesk.opendata.Suppression.Mark.COMPLEMENTARY;
import static th.or.dga.dgtidesk.opendata.Suppression.Mark.SHOWN;
import static th.or.dga.dgtidesk.opendata.Suppression.Mark.SMALL;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    private static final int[] ROW = {0, 1, 2, 3, 4};

    @Test
    void smallCountsAreHiddenAndZeroIsNot() {
        long[] counts = {0, 1, 4, 5, 10};
        assertThat(Suppression.apply(counts, List.of())).containsExactly(SHOWN, SMALL, SMALL, SHOWN, SHOWN);
        assertThat(SMALL.format(3)).isEqualTo("<5");
        assertThat(SHOWN.format(12)).isEqualTo("12");
    }

    @Test
    void aLoneHiddenCellTakesTheNextSmallestNonZeroCellWithItSoTheTotalDoesNotGiveItAway() {
        // 3 + 0 + 7 + 20 = 30: with only the 3 hidden, 30 - 0 - 7 - 20 would reveal it.
        long[] counts = {3, 0, 7, 20, 30};
        Suppression.Mark[] marks = Suppression.apply(counts, List.<int[]>of(ROW));
        assertThat(marks).containsExactly(SMALL, SHOWN, COMPLEMENTARY, SHOWN, SHOWN);
        assertThat(COMPLEMENTARY.format(7)).isEqualTo("x");
    }

    @Test
    void twoSmallCellsAlreadyProtectEachOther() {
        long[] counts = {2, 3, 9, 14};
        assertThat(Suppression.apply(counts, List.<int[]>of(new int[] {0, 1, 2, 3})))
                .containsExactly(SMALL, SMALL, SHOWN, SHOWN);
    }

    @Test
    void hidingForOneGroupCanRequireHidingInTheCrossingGroupToo() {
        // A 2×2 table with row and column totals:
        //  2   8 | 10
        //  6   9 | 15
        // ---------
        //  8  17 | 25
        long[] cells = {2, 8, 10, 6, 9, 15, 8, 17, 25};
        List<int[]> groups = List.of(new int[] {0, 1, 2}, new int[] {3, 4, 5}, new int[] {6, 7, 8},
                new int[] {0, 3, 6}, new int[] {1, 4, 7}, new int[] {2, 5, 8});
        Suppression.Mark[] marks = Suppression.apply(cells, groups);
        assertThat(marks[0]).isEqualTo(SMALL);
        for (int[] group : groups) {
            long hidden = java.util.Arrays.stream(group).filter(i -> marks[i] != SHOWN).count();
            assertThat(hidden).as("no group with exactly one hidden cell").isNotEqualTo(1);
        }
    }

    @Test
    void aSmallTotalWithASingleSmallCellNeedsNothingMore() {
        long[] counts = {0, 3, 0, 3};
        assertThat(Suppression.apply(counts, List.<int[]>of(new int[] {0, 1, 2, 3})))
                .containsExactly(SHOWN, SMALL, SHOWN, SMALL);
    }
}
