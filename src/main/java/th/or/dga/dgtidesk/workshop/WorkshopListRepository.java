package th.or.dga.dgtidesk.workshop;

import static th.or.dga.dgtidesk.db.generated.Tables.REGISTRATION;
import static th.or.dga.dgtidesk.db.generated.Tables.WORKSHOP;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import th.or.dga.dgtidesk.common.Times;

/** The workshop list with its seat counts, newest first, in one query. */
public final class WorkshopListRepository {

    private static final Field<Integer> SEATS = DSL.count().filterWhere(
            REGISTRATION.STATUS.in("registered", "attended", "no_show")).as("seats");
    private static final Field<Integer> WAITING = DSL.count().filterWhere(
            REGISTRATION.STATUS.eq("waitlisted")).as("waiting");

    public List<WorkshopRow> list(DSLContext dsl, WorkshopFilter filter, List<String> ids, int limit) {
        Condition condition = DSL.trueCondition();
        if (filter.status() != null) {
            condition = condition.and(WORKSHOP.STATUS.eq(filter.status().code()));
        }
        if (filter.kind() != null) {
            condition = condition.and(WORKSHOP.KIND.eq(filter.kind().code()));
        }
        if (filter.fiscalYear() != null) {
            // The fiscal year is Bangkok dates; starts_at is stored in UTC.
            condition = condition.and(WORKSHOP.STARTS_AT.ge(Times.fromBangkok(filter.fiscalYear().start()
                    .atStartOfDay()))).and(WORKSHOP.STARTS_AT.lt(Times.fromBangkok(filter.fiscalYear().end()
                    .plusDays(1).atStartOfDay())));
        }
        if (ids != null) {
            condition = condition.and(WORKSHOP.ID.in(ids));
        }
        return dsl.select(WORKSHOP.ID, WORKSHOP.CODE, WORKSHOP.TITLE_TH, WORKSHOP.KIND, WORKSHOP.STARTS_AT,
                        WORKSHOP.STATUS, WORKSHOP.CAPACITY, SEATS, WAITING)
                .from(WORKSHOP)
                .leftJoin(REGISTRATION).on(REGISTRATION.WORKSHOP_ID.eq(WORKSHOP.ID))
                .where(condition)
                .groupBy(WORKSHOP.ID)
                .orderBy(WORKSHOP.STARTS_AT.desc())
                .limit(limit)
                .fetch(r -> new WorkshopRow(r.get(WORKSHOP.ID), r.get(WORKSHOP.CODE), r.get(WORKSHOP.TITLE_TH),
                        WorkshopKind.fromCode(r.get(WORKSHOP.KIND)), Times.toBangkok(r.get(WORKSHOP.STARTS_AT)),
                        WorkshopStatus.fromCode(r.get(WORKSHOP.STATUS)), r.get(WORKSHOP.CAPACITY), r.get(SEATS),
                        r.get(WAITING)));
    }
}
