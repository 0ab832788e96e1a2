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
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import th.or.dga.dgtidesk.common.DateRange;
import th.or.dga.dgtidesk.db.generated.tables.Person;
import th.or.dga.dgtidesk.matching.MatchStage;

/**
 * One query per KPI over a period of Bangkok calendar days. Points in time are stored in UTC, so
 * a period is the UTC span from its first Bangkok midnight to the midnight after its last day;
 * calendar-day columns (received on, joined on, due on) compare with the days themselves.
 */
public final class KpiRepository {

    /** A participant as counted once: the surviving person row, its sector and province. */
    public record Participant(String personId, String sector, String province) {
    }

    private static final List<String> NOT_HELD = List.of("draft", "cancelled");

    public long workshopsHeld(DSLContext dsl, DateRange range) {
        return dsl.fetchCount(WORKSHOP, held(range));
    }

    /** Registrations received in the period, not cancelled since, for workshops that were not cancelled. */
    public long registrations(DSLContext dsl, DateRange range) {
        return dsl.selectCount().from(REGISTRATION).join(WORKSHOP).on(WORKSHOP.ID.eq(REGISTRATION.WORKSHOP_ID))
                .where(BangkokDays.within(REGISTRATION.REGISTERED_AT, range)).and(REGISTRATION.STATUS.ne("cancelled"))
                .and(WORKSHOP.STATUS.ne("cancelled")).fetchOne(0, long.class);
    }

    /** Registrations of workshops held in the period with the given status (attended or no_show). */
    public long registrationsOfHeldWorkshops(DSLContext dsl, DateRange range, String status) {
        return dsl.selectCount().from(WORKSHOP).join(REGISTRATION).on(REGISTRATION.WORKSHOP_ID.eq(WORKSHOP.ID))
                .where(held(range)).and(REGISTRATION.STATUS.eq(status)).fetchOne(0, long.class);
    }

    /**
     * Each person who attended a workshop held in the period, once. A merged duplicate points at
     * the person it was merged into, so it is counted as that person, with that person's sector
     * (organization kind) and province (the person's, else the organization's).
     */
    public List<Participant> participants(DSLContext dsl, DateRange range) {
        Person registrant = PERSON.as("registrant");
        Person survivor = PERSON.as("survivor");
        Field<String> province = DSL.coalesce(survivor.PROVINCE, ORGANIZATION.PROVINCE);
        return dsl.selectDistinct(survivor.ID, ORGANIZATION.KIND, province)
                .from(WORKSHOP)
                .join(REGISTRATION).on(REGISTRATION.WORKSHOP_ID.eq(WORKSHOP.ID))
                .join(registrant).on(registrant.ID.eq(REGISTRATION.PERSON_ID))
                .join(survivor).on(survivor.ID.eq(DSL.coalesce(registrant.MERGED_INTO_ID, registrant.ID)))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(survivor.ORGANIZATION_ID))
                .where(held(range)).and(REGISTRATION.STATUS.eq("attended"))
                .fetch(KpiRepository::toParticipant);
    }

    private static Participant toParticipant(Record3<String, String, String> r) {
        return new Participant(r.value1(), r.value2() == null ? KpiSnapshot.UNKNOWN : r.value2(),
                r.value3() == null || r.value3().isBlank() ? KpiSnapshot.UNKNOWN : r.value3());
    }

    public long newInnovators(DSLContext dsl, DateRange range) {
        return dsl.fetchCount(INNOVATOR, INNOVATOR.JOINED_ON.between(range.start(), range.end()));
    }

    /** Innovators active today who had joined by the end of the period (the roster keeps no history). */
    public long activeRoster(DSLContext dsl, DateRange range) {
        return dsl.fetchCount(INNOVATOR, INNOVATOR.ROSTER_STATUS.eq("active"),
                INNOVATOR.JOINED_ON.isNull().or(INNOVATOR.JOINED_ON.le(range.end())));
    }

    public long consultationsHeld(DSLContext dsl, DateRange range) {
        return dsl.fetchCount(CONSULTATION, BangkokDays.within(CONSULTATION.HELD_AT, range));
    }

    /** Action items that existed and were not done at the end of the period. */
    public long actionItemsOpen(DSLContext dsl, DateRange range) {
        return dsl.fetchCount(ACTION_ITEM, openAtEnd(range));
    }

    /** Of those, the ones whose due day had passed by the last day of the period. */
    public long actionItemsOverdue(DSLContext dsl, DateRange range) {
        return dsl.fetchCount(ACTION_ITEM, openAtEnd(range), ACTION_ITEM.DUE_ON.lt(range.end()));
    }

    public long actionItemsDone(DSLContext dsl, DateRange range) {
        return dsl.fetchCount(ACTION_ITEM, BangkokDays.within(ACTION_ITEM.DONE_AT, range));
    }

    public long needsReceived(DSLContext dsl, DateRange range) {
        return dsl.fetchCount(AGENCY_NEED, AGENCY_NEED.RECEIVED_ON.between(range.start(), range.end()));
    }

    /** Matches proposed in the period: the first entry of each stage history. */
    public long matchesCreated(DSLContext dsl, DateRange range) {
        return dsl.fetchCount(MATCH_STAGE_CHANGE, BangkokDays.within(MATCH_STAGE_CHANGE.CHANGED_AT, range),
                MATCH_STAGE_CHANGE.FROM_STAGE.isNull());
    }

    /** Stage changes in the period by the stage moved into (a proposal counts as a move into "proposed"). */
    public Map<MatchStage, Long> movesIntoStage(DSLContext dsl, DateRange range) {
        Map<MatchStage, Long> moves = new EnumMap<>(MatchStage.class);
        for (MatchStage stage : MatchStage.values()) {
            moves.put(stage, 0L);
        }
        dsl.select(MATCH_STAGE_CHANGE.TO_STAGE, DSL.count()).from(MATCH_STAGE_CHANGE)
                .where(BangkokDays.within(MATCH_STAGE_CHANGE.CHANGED_AT, range))
                .groupBy(MATCH_STAGE_CHANGE.TO_STAGE)
                .forEach(r -> moves.put(MatchStage.fromCode(r.value1()), (long) r.value2()));
        return moves;
    }

    /** Estimated value, in satang, of the matches proposed in the period. */
    public long estimatedValueSatang(DSLContext dsl, DateRange range) {
        return sumValue(dsl, SOLUTION_MATCH.ESTIMATED_VALUE_SATANG, range, MATCH_STAGE_CHANGE.FROM_STAGE.isNull());
    }

    /** Realised value, in satang, of the matches adopted in the period. */
    public long realisedValueSatang(DSLContext dsl, DateRange range) {
        return sumValue(dsl, SOLUTION_MATCH.REALISED_VALUE_SATANG, range,
                MATCH_STAGE_CHANGE.TO_STAGE.eq(MatchStage.ADOPTED.code()));
    }

    private static long sumValue(DSLContext dsl, Field<Long> value, DateRange range, Condition change) {
        BigDecimal sum = dsl.select(DSL.sum(value)).from(MATCH_STAGE_CHANGE)
                .join(SOLUTION_MATCH).on(SOLUTION_MATCH.ID.eq(MATCH_STAGE_CHANGE.MATCH_ID))
                .where(BangkokDays.within(MATCH_STAGE_CHANGE.CHANGED_AT, range)).and(change)
                .fetchOne(0, BigDecimal.class);
        return sum == null ? 0 : sum.longValueExact();
    }

    private static Condition held(DateRange range) {
        return BangkokDays.within(WORKSHOP.STARTS_AT, range).and(WORKSHOP.STATUS.notIn(NOT_HELD));
    }

    private static Condition openAtEnd(DateRange range) {
        LocalDateTime after = BangkokDays.utcAfter(range);
        return ACTION_ITEM.CREATED_AT.lt(after).and(ACTION_ITEM.DONE_AT.isNull().or(ACTION_ITEM.DONE_AT.ge(after)));
    }
}
