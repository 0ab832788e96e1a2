package th.or.dga.dgtidesk.search;

import static th.or.dga.dgtidesk.db.generated.Tables.AGENCY_NEED;
import static th.or.dga.dgtidesk.db.generated.Tables.CONSULTATION;
import static th.or.dga.dgtidesk.db.generated.Tables.INNOVATOR;
import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION;
import static th.or.dga.dgtidesk.db.generated.Tables.WORKSHOP;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import th.or.dga.dgtidesk.common.Times;

/** The title and detail line of found records, per kind, in the order the ids were found. */
public final class SearchHitRepository {

    public List<SearchHit> hits(DSLContext dsl, SearchTarget kind, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<SearchHit> hits = switch (kind) {
            case PERSON -> dsl.select(PERSON.ID, DSL.concat(DSL.coalesce(PERSON.TITLE_PREFIX, ""), PERSON.FIRST_NAME_TH,
                            DSL.inline(" "), DSL.coalesce(PERSON.LAST_NAME_TH, "")), ORGANIZATION.NAME_TH,
                            PERSON.EMAIL)
                    .from(PERSON).leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(PERSON.ORGANIZATION_ID))
                    .where(PERSON.ID.in(ids))
                    .fetch(r -> new SearchHit(kind, r.value1(), r.value2().strip(), join(r.value3(), r.value4())));
            case ORGANIZATION -> dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME_TH, ORGANIZATION.PROVINCE)
                    .from(ORGANIZATION).where(ORGANIZATION.ID.in(ids))
                    .fetch(r -> new SearchHit(kind, r.value1(), r.value2(), r.value3()));
            case INNOVATOR -> dsl.select(INNOVATOR.ID, INNOVATOR.NAME, INNOVATOR.COHORT)
                    .from(INNOVATOR).where(INNOVATOR.ID.in(ids))
                    .fetch(r -> new SearchHit(kind, r.value1(), r.value2(), r.value3()));
            case SOLUTION -> dsl.select(SOLUTION.ID, SOLUTION.NAME, INNOVATOR.NAME, INNOVATOR.ID)
                    .from(SOLUTION).join(INNOVATOR).on(INNOVATOR.ID.eq(SOLUTION.INNOVATOR_ID))
                    .where(SOLUTION.ID.in(ids))
                    .fetch(r -> new SearchHit(kind, r.value1(), r.value2(), r.value3(), r.value4()));
            case AGENCY_NEED -> dsl.select(AGENCY_NEED.ID, AGENCY_NEED.TITLE, ORGANIZATION.NAME_TH)
                    .from(AGENCY_NEED).join(ORGANIZATION).on(ORGANIZATION.ID.eq(AGENCY_NEED.AGENCY_ID))
                    .where(AGENCY_NEED.ID.in(ids))
                    .fetch(r -> new SearchHit(kind, r.value1(), r.value2(), r.value3()));
            case WORKSHOP -> dsl.select(WORKSHOP.ID, WORKSHOP.TITLE_TH, WORKSHOP.CODE, WORKSHOP.STARTS_AT)
                    .from(WORKSHOP).where(WORKSHOP.ID.in(ids))
                    .fetch(r -> new SearchHit(kind, r.value1(), r.value2(), join(r.value3(),
                            Times.toBangkok(r.value4()).toLocalDate().toString())));
            case CONSULTATION -> dsl.select(CONSULTATION.ID, CONSULTATION.SUBJECT, CONSULTATION.HELD_AT)
                    .from(CONSULTATION).where(CONSULTATION.ID.in(ids))
                    .fetch(r -> new SearchHit(kind, r.value1(), r.value2(),
                            Times.toBangkok(r.value3()).toLocalDate().toString()));
        };
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            order.put(ids.get(i), i);
        }
        hits.sort(Comparator.comparing(hit -> order.get(hit.id())));
        return hits;
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + "  ·  " + b;
    }
}
