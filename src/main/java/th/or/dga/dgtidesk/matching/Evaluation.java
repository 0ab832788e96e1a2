package th.or.dga.dgtidesk.matching;

import java.time.LocalDate;

/** How a piloted or adopted project turned out: rating 1–5, outcome KPIs, notes, when and by whom. */
public record Evaluation(Integer rating, String kpis, String notes, LocalDate evaluatedOn, String evaluatorStaffId) {

    public static final Evaluation NONE = new Evaluation(null, null, null, null, null);

    public boolean recorded() {
        return rating != null;
    }
}
