package th.or.dga.dgtidesk.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import th.or.dga.dgtidesk.common.DateRange;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.matching.MatchRepository;
import th.or.dga.dgtidesk.matching.MatchStage;

/**
 * The one place KPIs are computed, for any period. Read-only: it works on a data file opened
 * read-only, while the application has it open.
 */
public final class KpiService {

    /** Stages a match moves forward into (declined and parked are not progress). */
    private static final List<MatchStage> FORWARD = List.of(MatchStage.INTRODUCED, MatchStage.IN_DISCUSSION,
            MatchStage.PILOT, MatchStage.ADOPTED);

    private final Transactions transactions;
    private final KpiRepository kpis;
    private final MatchRepository matches;

    public KpiService(Transactions transactions, KpiRepository kpis, MatchRepository matches) {
        this.transactions = transactions;
        this.kpis = kpis;
        this.matches = matches;
    }

    /** Every KPI for the days of {@code range}. */
    public KpiSnapshot snapshot(DateRange range) {
        return transactions.read(dsl -> snapshot(dsl, range));
    }

    /** This period, the previous one, and the fiscal year to the end of this period. */
    public KpiComparison comparison(KpiPeriod period) {
        KpiPeriod previous = period.previous();
        DateRange yearToDate = period.fiscalYearToDate();
        return transactions.read(dsl -> new KpiComparison(period, previous, yearToDate, snapshot(dsl, period.range()),
                snapshot(dsl, previous.range()), snapshot(dsl, yearToDate)));
    }

    /** Registrations and attendance for the {@code weeks} Monday-to-Sunday weeks up to the one containing {@code lastDay}. */
    public List<WeekPoint> weeklySeries(LocalDate lastDay, int weeks) {
        return transactions.read(dsl -> {
            List<WeekPoint> points = new ArrayList<>();
            DateRange week = DateRange.weekOf(lastDay);
            for (int i = 0; i < weeks - 1; i++) {
                week = week.previous();
            }
            for (int i = 0; i < weeks; i++) {
                points.add(new WeekPoint(week, kpis.registrations(dsl, week),
                        kpis.registrationsOfHeldWorkshops(dsl, week, "attended")));
                week = new DateRange(week.end().plusDays(1), week.end().plusDays(7));
            }
            return points;
        });
    }

    /** Matches by the stage they are in now. */
    public Map<MatchStage, Integer> pipeline() {
        return transactions.read(matches::pipeline);
    }

    private KpiSnapshot snapshot(DSLContext dsl, DateRange range) {
        Map<Kpi, Long> counts = new EnumMap<>(Kpi.class);
        counts.put(Kpi.WORKSHOPS_HELD, kpis.workshopsHeld(dsl, range));
        counts.put(Kpi.REGISTRATIONS, kpis.registrations(dsl, range));
        counts.put(Kpi.ATTENDED, kpis.registrationsOfHeldWorkshops(dsl, range, "attended"));
        counts.put(Kpi.NO_SHOWS, kpis.registrationsOfHeldWorkshops(dsl, range, "no_show"));
        List<KpiRepository.Participant> participants = kpis.participants(dsl, range);
        counts.put(Kpi.UNIQUE_PARTICIPANTS, (long) participants.size());
        counts.put(Kpi.NEW_INNOVATORS, kpis.newInnovators(dsl, range));
        counts.put(Kpi.ACTIVE_ROSTER, kpis.activeRoster(dsl, range));
        counts.put(Kpi.CONSULTATIONS_HELD, kpis.consultationsHeld(dsl, range));
        counts.put(Kpi.ACTION_ITEMS_OPEN, kpis.actionItemsOpen(dsl, range));
        counts.put(Kpi.ACTION_ITEMS_OVERDUE, kpis.actionItemsOverdue(dsl, range));
        counts.put(Kpi.ACTION_ITEMS_DONE, kpis.actionItemsDone(dsl, range));
        counts.put(Kpi.NEEDS_RECEIVED, kpis.needsReceived(dsl, range));
        counts.put(Kpi.MATCHES_CREATED, kpis.matchesCreated(dsl, range));
        Map<MatchStage, Long> moves = kpis.movesIntoStage(dsl, range);
        counts.put(Kpi.MATCHES_ADVANCED, FORWARD.stream().mapToLong(moves::get).sum());
        counts.put(Kpi.PILOTS_STARTED, moves.get(MatchStage.PILOT));
        counts.put(Kpi.ADOPTIONS, moves.get(MatchStage.ADOPTED));
        counts.put(Kpi.ESTIMATED_VALUE, kpis.estimatedValueSatang(dsl, range));
        counts.put(Kpi.REALISED_VALUE, kpis.realisedValueSatang(dsl, range));
        return new KpiSnapshot(range, counts, countBy(participants, KpiRepository.Participant::sector),
                countBy(participants, KpiRepository.Participant::province), moves);
    }

    private static Map<String, Long> countBy(List<KpiRepository.Participant> participants,
            Function<KpiRepository.Participant, String> key) {
        return participants.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}
