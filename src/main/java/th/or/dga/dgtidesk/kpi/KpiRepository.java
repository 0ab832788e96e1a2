package th.or.dga.dgtidesk.kpi;

import static th.or.dga.dgtidesk.db.generated.Tables.ACTION_ITEM;
import static th.or.dga.dgtidesk.db.generated.Tables.AGENCY_NEED;
import static th.or.dga.dgtidesk.db.generated.Tables.CONSULTATION;
import static th.or.dga.dgtidesk.db.generated.Tables.INNOVATOR;
import static th.or.dga.dgtidesk.db.generated.Tables.MATCH_STAGE_CHANGE;
import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;
import static th.or.dga.dgtidesk.db.generated.Tables.REGISTRATION;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION_MATCH;
import static th.or.dga.dgtidesk.db.generated.Tables.WORKSHOP;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import th.or.dga.dgtidesk.common.DateRange;
import th.or.dga.dgtidesk.db.generated.tables.Person;
import th.or.dga.dgtidesk.matching.MatchStage;

/**
 * The KPI questions over a period of Bangkok calendar days. Points in time are stored in UTC, so
 * a period is the UTC span from its first Bangkok midnight to the midnight after its last day;
 * calendar-day columns (received on, joined on, due on) compare with the days themselves.
 *
 * <p>Each KPI that lists records is defined once as a {@link Counted}: the rows it counts. Its
 * count here and its records in {@link KpiRecordRepository} are both read from that definition, so
 * a number on the dashboard and the list behind it cannot drift apart. Several counts over the same
 * rows are answered by one statement with conditional aggregation (a full year at national scale
 * must take well under 200 ms); each count's filter is its whole definition, and the statement's
 * WHERE only narrows the rows to those every definition needs (an index range).
 */
public final class KpiRepository {

    /** What a KPI counts: the rows of {@code from} that meet {@code where}. */
    record Counted(Table<?> from, Condition where) {
    }

    /** Registrations of the workshops held in a period that were attended and that were no-shows. */
    public record Attendance(long attended, long noShows) {
    }

    /** Innovators who joined in a period, and the roster active at its end. */
    public record Roster(long newInnovators, long active) {
    }

    /** Action items open at the end of a period, and of those the overdue. */
    public record OpenItems(long open, long overdue) {
    }

    /** Participants by sector and by province; {@code total} is how many people, each once. */
    public record Participants(long total, Map<String, Long> bySector, Map<String, Long> byProvince) {
    }

    /** Match stage changes in a period: moves into each stage, proposals, and the value they carry (satang). */
    public record MatchMoves(Map<MatchStage, Long> intoStage, long created, long estimatedSatang,
            long realisedSatang) {
    }

    private static final List<String> NOT_HELD = List.of("draft", "cancelled");
    private static final String ATTENDED = "attended";
    private static final String NO_SHOW = "no_show";

    /** The registrant of a registration and the person they count as (themselves, or whom they were merged into). */
    static final Person REGISTRANT = PERSON.as("registrant");
    static final Person SURVIVOR = PERSON.as("survivor");

    // The definitions: one per KPI that lists records.

    static Counted workshopsHeld(DateRange range) {
        return new Counted(WORKSHOP, held(range));
    }

    /** Registrations received in the period, not cancelled since, for workshops that were not cancelled. */
    static Counted registrations(DateRange range) {
        return new Counted(REGISTRATION.join(WORKSHOP).on(WORKSHOP.ID.eq(REGISTRATION.WORKSHOP_ID)),
                BangkokDays.within(REGISTRATION.REGISTERED_AT, range).and(REGISTRATION.STATUS.ne("cancelled"))
                        .and(WORKSHOP.STATUS.ne("cancelled")));
    }

    static Counted attended(DateRange range) {
        return registrationsOfHeldWorkshops(range, REGISTRATION.STATUS.eq(ATTENDED));
    }

    static Counted noShows(DateRange range) {
        return registrationsOfHeldWorkshops(range, REGISTRATION.STATUS.eq(NO_SHOW));
    }

    /** The registrations the attendance rate is taken over: attended and no-shows. */
    static Counted expected(DateRange range) {
        return registrationsOfHeldWorkshops(range, REGISTRATION.STATUS.in(ATTENDED, NO_SHOW));
    }

    /**
     * The people who attended a workshop held in the period, each as the person they count as: a
     * merged duplicate points at the person it was merged into, so it is counted as that person.
     * Unique participants are the distinct {@link #SURVIVOR}s of these rows. The registrants are
     * made distinct before their person rows are read: over years of data people attend many times,
     * and each look-up into the person table costs more than the rest of the question.
     */
    static Counted participants(DateRange range) {
        Counted attended = attended(range);
        Table<?> attendees = DSL.selectDistinct(REGISTRATION.PERSON_ID).from(attended.from()).where(attended.where())
                .asTable("attendee");
        return new Counted(attendees
                .join(REGISTRANT).on(REGISTRANT.ID.eq(attendees.field(REGISTRATION.PERSON_ID)))
                .join(SURVIVOR).on(SURVIVOR.ID.eq(DSL.coalesce(REGISTRANT.MERGED_INTO_ID, REGISTRANT.ID))),
                DSL.noCondition());
    }

    static Counted consultationsHeld(DateRange range) {
        return new Counted(CONSULTATION, BangkokDays.within(CONSULTATION.HELD_AT, range));
    }

    static Counted needsReceived(DateRange range) {
        return new Counted(AGENCY_NEED, AGENCY_NEED.RECEIVED_ON.between(range.start(), range.end()));
    }

    /** Matches proposed in the period: the first entry of each stage history. */
    static Counted matchesCreated(DateRange range) {
        return stageChanges(range, MATCH_STAGE_CHANGE.FROM_STAGE.isNull());
    }

    /** Moves into "adopted" in the period. */
    static Counted adoptions(DateRange range) {
        return stageChanges(range, MATCH_STAGE_CHANGE.TO_STAGE.eq(MatchStage.ADOPTED.code()));
    }

    /** Matches standing in {@code stage} now (the pipeline keeps no history). */
    static Counted inStage(MatchStage stage) {
        return new Counted(SOLUTION_MATCH, SOLUTION_MATCH.STAGE.eq(stage.code()));
    }

    private static Counted registrationsOfHeldWorkshops(DateRange range, Condition status) {
        return new Counted(WORKSHOP.join(REGISTRATION).on(REGISTRATION.WORKSHOP_ID.eq(WORKSHOP.ID)),
                held(range).and(status));
    }

    private static Counted stageChanges(DateRange range, Condition change) {
        return new Counted(MATCH_STAGE_CHANGE, BangkokDays.within(MATCH_STAGE_CHANGE.CHANGED_AT, range).and(change));
    }

    private static Condition held(DateRange range) {
        return BangkokDays.within(WORKSHOP.STARTS_AT, range).and(WORKSHOP.STATUS.notIn(NOT_HELD));
    }

    // The counts.

    public long count(DSLContext dsl, Counted counted) {
        return dsl.selectCount().from(counted.from()).where(counted.where()).fetchOne(0, long.class);
    }

    public long workshopsHeld(DSLContext dsl, DateRange range) {
        return count(dsl, workshopsHeld(range));
    }

    public long registrations(DSLContext dsl, DateRange range) {
        return count(dsl, registrations(range));
    }

    /** Attended and no-shows of the workshops held in the period, in one pass. */
    public Attendance attendance(DSLContext dsl, DateRange range) {
        Counted expected = expected(range);
        Record counts = dsl.select(DSL.count().filterWhere(attended(range).where()),
                        DSL.count().filterWhere(noShows(range).where()))
                .from(expected.from()).where(expected.where()).fetchOne();
        return new Attendance(counts.get(0, Long.class), counts.get(1, Long.class));
    }

    /**
     * Each person who attended a workshop held in the period, once, with the sector (organization
     * kind) and province (the person's, else the organization's) of the person they count as.
     * Counted by sector and province in the database: a person has one of each, so the groups
     * add up to the people.
     */
    public Participants participants(DSLContext dsl, DateRange range) {
        Counted participants = participants(range);
        Field<String> province = DSL.coalesce(SURVIVOR.PROVINCE, ORGANIZATION.PROVINCE);
        Map<String, Long> bySector = new TreeMap<>();
        Map<String, Long> byProvince = new TreeMap<>();
        long total = 0;
        for (var group : dsl.select(ORGANIZATION.KIND, province, DSL.countDistinct(SURVIVOR.ID))
                .from(participants.from().leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(SURVIVOR.ORGANIZATION_ID)))
                .where(participants.where())
                .groupBy(ORGANIZATION.KIND, province)
                .fetch()) {
            long people = group.value3();
            bySector.merge(orUnknown(group.value1()), people, Long::sum);
            byProvince.merge(orUnknown(group.value2()), people, Long::sum);
            total += people;
        }
        return new Participants(total, bySector, byProvince);
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? KpiSnapshot.UNKNOWN : value;
    }

    /** Innovators who joined in the period; those active today who had joined by its end. */
    public Roster roster(DSLContext dsl, DateRange range) {
        Record counts = dsl.select(
                        DSL.count().filterWhere(INNOVATOR.JOINED_ON.between(range.start(), range.end())),
                        // The roster keeps no history: active now, and joined by the end of the period.
                        DSL.count().filterWhere(INNOVATOR.ROSTER_STATUS.eq("active")
                                .and(INNOVATOR.JOINED_ON.isNull().or(INNOVATOR.JOINED_ON.le(range.end())))))
                .from(INNOVATOR).fetchOne();
        return new Roster(counts.get(0, Long.class), counts.get(1, Long.class));
    }

    public long consultationsHeld(DSLContext dsl, DateRange range) {
        return count(dsl, consultationsHeld(range));
    }

    /**
     * Action items that existed and were not done at the end of the period, and of those the ones
     * whose due day had passed by its last day.
     */
    public OpenItems openActionItems(DSLContext dsl, DateRange range) {
        LocalDateTime after = BangkokDays.utcAfter(range);
        Record counts = dsl.select(DSL.count(), DSL.count().filterWhere(ACTION_ITEM.DUE_ON.lt(range.end())))
                .from(ACTION_ITEM)
                .where(ACTION_ITEM.CREATED_AT.lt(after))
                .and(ACTION_ITEM.DONE_AT.isNull().or(ACTION_ITEM.DONE_AT.ge(after)))
                .fetchOne();
        return new OpenItems(counts.get(0, Long.class), counts.get(1, Long.class));
    }

    public long actionItemsDone(DSLContext dsl, DateRange range) {
        return dsl.fetchCount(ACTION_ITEM, BangkokDays.within(ACTION_ITEM.DONE_AT, range));
    }

    public long needsReceived(DSLContext dsl, DateRange range) {
        return count(dsl, needsReceived(range));
    }

    /**
     * Stage changes in the period by the stage moved into (a proposal counts as a move into
     * "proposed"), the proposals among them, and the estimated value of the matches proposed and
     * the realised value of those adopted.
     */
    public MatchMoves matchMoves(DSLContext dsl, DateRange range) {
        Map<MatchStage, Long> moves = new EnumMap<>(MatchStage.class);
        for (MatchStage stage : MatchStage.values()) {
            moves.put(stage, 0L);
        }
        long created = 0;
        Condition proposal = matchesCreated(range).where();
        for (var stage : dsl.select(MATCH_STAGE_CHANGE.TO_STAGE, DSL.count(), DSL.count().filterWhere(proposal))
                .from(MATCH_STAGE_CHANGE)
                .where(BangkokDays.within(MATCH_STAGE_CHANGE.CHANGED_AT, range))
                .groupBy(MATCH_STAGE_CHANGE.TO_STAGE)
                .fetch()) {
            moves.put(MatchStage.fromCode(stage.value1()), (long) stage.value2());
            created += stage.value3();
        }
        Condition adoption = adoptions(range).where();
        // Only proposals and adoptions carry value, so only their matches are looked up.
        Record values = dsl.select(DSL.sum(SOLUTION_MATCH.ESTIMATED_VALUE_SATANG).filterWhere(proposal),
                        DSL.sum(SOLUTION_MATCH.REALISED_VALUE_SATANG).filterWhere(adoption))
                .from(MATCH_STAGE_CHANGE)
                .join(SOLUTION_MATCH).on(SOLUTION_MATCH.ID.eq(MATCH_STAGE_CHANGE.MATCH_ID))
                .where(BangkokDays.within(MATCH_STAGE_CHANGE.CHANGED_AT, range)).and(proposal.or(adoption))
                .fetchOne();
        return new MatchMoves(moves, created, satang(values.get(0, BigDecimal.class)),
                satang(values.get(1, BigDecimal.class)));
    }

    private static long satang(BigDecimal sum) {
        return sum == null ? 0 : sum.longValueExact();
    }

    /** Matches per stage as they stand now, every stage present. */
    public Map<MatchStage, Integer> pipeline(DSLContext dsl) {
        Map<MatchStage, Integer> counts = new EnumMap<>(MatchStage.class);
        for (MatchStage stage : MatchStage.values()) {
            counts.put(stage, (int) count(dsl, inStage(stage)));
        }
        return counts;
    }
}
