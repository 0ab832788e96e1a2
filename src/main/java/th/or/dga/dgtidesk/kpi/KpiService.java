package th.or.dga.dgtidesk.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import th.or.dga.dgtidesk.common.DateRange;
import th.or.dga.dgtidesk.db.Transactions;
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
    private final KpiRecordRepository records;

    public KpiService(Transactions transactions, KpiRepository kpis, KpiRecordRepository records) {
        this.transactions = transactions;
        this.kpis = kpis;
        this.records = records;
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
                points.add(new WeekPoint(week, kpis.registrations(dsl, week), kpis.attendance(dsl, week).attended()));
                week = new DateRange(week.end().plusDays(1), week.end().plusDays(7));
            }
            return points;
        });
    }

    /** The records behind {@code kpi}'s number for the days of {@code range}: as many as it counts. */
    public List<KpiRecord> records(Kpi kpi, DateRange range) {
        return transactions.read(dsl -> records.records(dsl, kpi, range));
    }

    /** The matches behind a stage's number in {@link #pipeline()}. */
    public List<KpiRecord> matchesInStage(MatchStage stage) {
        return transactions.read(dsl -> records.matchesInStage(dsl, stage));
    }

    /** Matches by the stage they are in now. */
    public Map<MatchStage, Integer> pipeline() {
        return transactions.read(kpis::pipeline);
    }

    private KpiSnapshot snapshot(DSLContext dsl, DateRange range) {
        Map<Kpi, Long> counts = new EnumMap<>(Kpi.class);
        counts.put(Kpi.WORKSHOPS_HELD, kpis.workshopsHeld(dsl, range));
        counts.put(Kpi.REGISTRATIONS, kpis.registrations(dsl, range));
        KpiRepository.Attendance attendance = kpis.attendance(dsl, range);
        counts.put(Kpi.ATTENDED, attendance.attended());
        counts.put(Kpi.NO_SHOWS, attendance.noShows());
        KpiRepository.Participants participants = kpis.participants(dsl, range);
        counts.put(Kpi.UNIQUE_PARTICIPANTS, participants.total());
        KpiRepository.Roster roster = kpis.roster(dsl, range);
        counts.put(Kpi.NEW_INNOVATORS, roster.newInnovators());
        counts.put(Kpi.ACTIVE_ROSTER, roster.active());
        counts.put(Kpi.CONSULTATIONS_HELD, kpis.consultationsHeld(dsl, range));
        KpiRepository.OpenItems openItems = kpis.openActionItems(dsl, range);
        counts.put(Kpi.ACTION_ITEMS_OPEN, openItems.open());
        counts.put(Kpi.ACTION_ITEMS_OVERDUE, openItems.overdue());
        counts.put(Kpi.ACTION_ITEMS_DONE, kpis.actionItemsDone(dsl, range));
        counts.put(Kpi.NEEDS_RECEIVED, kpis.needsReceived(dsl, range));
        KpiRepository.MatchMoves matchMoves = kpis.matchMoves(dsl, range);
        Map<MatchStage, Long> moves = matchMoves.intoStage();
        counts.put(Kpi.MATCHES_CREATED, matchMoves.created());
        counts.put(Kpi.MATCHES_ADVANCED, FORWARD.stream().mapToLong(moves::get).sum());
        counts.put(Kpi.PILOTS_STARTED, moves.get(MatchStage.PILOT));
        counts.put(Kpi.ADOPTIONS, moves.get(MatchStage.ADOPTED));
        counts.put(Kpi.ESTIMATED_VALUE, matchMoves.estimatedSatang());
        counts.put(Kpi.REALISED_VALUE, matchMoves.realisedSatang());
        return new KpiSnapshot(range, counts, participants.bySector(), participants.byProvince(), moves);
    }
}
