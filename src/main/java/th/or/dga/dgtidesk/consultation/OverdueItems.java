package th.or.dga.dgtidesk.consultation;

import java.util.List;

/** The "All overdue" view: how many open items are past their due date, and the longest overdue of them. */
public record OverdueItems(int total, List<ActionItemRow> longest) {

    /** Overdue items not among {@link #longest()}. */
    public int notShown() {
        return total - longest.size();
    }
}
