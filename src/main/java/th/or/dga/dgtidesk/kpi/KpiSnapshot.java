package th.or.dga.dgtidesk.kpi;

import java.util.Map;
import th.or.dga.dgtidesk.common.DateRange;
import th.or.dga.dgtidesk.matching.MatchStage;

/**
 * Every KPI for one period. {@code counts} holds each count KPI, and the baht KPIs in satang
 * (exact); the attendance rate is derived, never stored. The breakdowns sum to
 * {@link Kpi#UNIQUE_PARTICIPANTS} (each person has one sector and one province).
 */
public record KpiSnapshot(DateRange range, Map<Kpi, Long> counts, Map<String, Long> participantsBySector,
        Map<String, Long> participantsByProvince, Map<MatchStage, Long> movesIntoStage) {

    /** Sector or province of participants the data does not tell. */
    public static final String UNKNOWN = "unknown";

    public KpiSnapshot {
        counts = Map.copyOf(counts);
        participantsBySector = Map.copyOf(participantsBySector);
        participantsByProvince = Map.copyOf(participantsByProvince);
        movesIntoStage = Map.copyOf(movesIntoStage);
    }

    public long count(Kpi kpi) {
        return counts.getOrDefault(kpi, 0L);
    }

    /**
     * The value as shown: a count, baht (satang ÷ 100), or the attendance rate as a share 0–1 —
     * null when nobody was expected (no attended and no no-show), since 0 % would be a lie.
     */
    public Double value(Kpi kpi) {
        return switch (kpi.unit()) {
            case COUNT -> (double) count(kpi);
            case BAHT -> count(kpi) / 100.0;
            case PERCENT -> {
                long expected = count(Kpi.ATTENDED) + count(Kpi.NO_SHOWS);
                yield expected == 0 ? null : (double) count(Kpi.ATTENDED) / expected;
            }
        };
    }
}
