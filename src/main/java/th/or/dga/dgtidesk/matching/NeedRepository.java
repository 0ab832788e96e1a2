package th.or.dga.dgtidesk.matching;

import static th.or.dga.dgtidesk.db.generated.Tables.AGENCY_NEED;
import static th.or.dga.dgtidesk.db.generated.Tables.AGENCY_NEED_TAG;
import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION_MATCH;
import static th.or.dga.dgtidesk.db.generated.Tables.TAG;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import th.or.dga.dgtidesk.common.Ids;
import th.or.dga.dgtidesk.common.Ref;
import th.or.dga.dgtidesk.db.generated.tables.records.AgencyNeedRecord;
import th.or.dga.dgtidesk.people.PersonListItem;

/** Agency needs, their tags, and the agencies and contacts a need form offers. */
public final class NeedRepository {

    private static final int LIST_LIMIT = 2_000;

    public Optional<Need> byId(DSLContext dsl, String id) {
        return dsl.selectFrom(AGENCY_NEED).where(AGENCY_NEED.ID.eq(id)).fetchOptional()
                .map(r -> new Need(r.getId(), r.getAgencyId(), r.getContactPersonId(), r.getTitle(),
                        r.getProblemStatement(), r.getDesiredOutcome(), tags(dsl, id),
                        NeedPriority.fromCode(r.getPriority()), r.getReceivedOn(), Boolean.TRUE.equals(r.getIsPublic()),
                        NeedStatus.fromCode(r.getStatus())));
    }

    /** Tag names of a need, in name order. */
    public List<String> tags(DSLContext dsl, String needId) {
        return dsl.select(TAG.NAME).from(AGENCY_NEED_TAG).join(TAG).on(TAG.ID.eq(AGENCY_NEED_TAG.TAG_ID))
                .where(AGENCY_NEED_TAG.NEED_ID.eq(needId)).orderBy(TAG.NAME).fetch(TAG.NAME);
    }

    public void insert(DSLContext tx, Need need, LocalDateTime now, String actingId) {
        AgencyNeedRecord r = tx.newRecord(AGENCY_NEED);
        r.setId(need.id());
        fill(r, need);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.setUpdatedBy(actingId);
        r.insert();
    }

    public void update(DSLContext tx, Need need, LocalDateTime now, String actingId) {
        AgencyNeedRecord r = tx.fetchSingle(AGENCY_NEED, AGENCY_NEED.ID.eq(need.id()));
        fill(r, need);
        r.setUpdatedAt(now);
        r.setUpdatedBy(actingId);
        r.update();
    }

    private static void fill(AgencyNeedRecord r, Need need) {
        r.setAgencyId(need.agencyId());
        r.setContactPersonId(need.contactPersonId());
        r.setTitle(need.title());
        r.setProblemStatement(need.problemStatement());
        r.setDesiredOutcome(need.desiredOutcome());
        r.setPriority(need.priority().code());
        r.setReceivedOn(need.receivedOn());
        r.setIsPublic(need.isPublic());
        r.setStatus(need.status().code());
    }

    /** Replaces a need's tags with {@code names}, creating tags the vocabulary lacks. */
    public void setTags(DSLContext tx, String needId, Collection<String> names, LocalDateTime now, String actingId) {
        tx.deleteFrom(AGENCY_NEED_TAG).where(AGENCY_NEED_TAG.NEED_ID.eq(needId)).execute();
        for (String name : names) {
            String tagId = tx.select(TAG.ID).from(TAG).where(TAG.NAME.eq(name)).fetchOptional(TAG.ID).orElseGet(() -> {
                String id = Ids.newId();
                tx.insertInto(TAG).set(TAG.ID, id).set(TAG.NAME, name).set(TAG.CREATED_AT, now)
                        .set(TAG.UPDATED_AT, now).set(TAG.UPDATED_BY, actingId).execute();
                return id;
            });
            tx.insertInto(AGENCY_NEED_TAG).set(AGENCY_NEED_TAG.ID, Ids.newId()).set(AGENCY_NEED_TAG.NEED_ID, needId)
                    .set(AGENCY_NEED_TAG.TAG_ID, tagId).set(AGENCY_NEED_TAG.CREATED_AT, now)
                    .set(AGENCY_NEED_TAG.UPDATED_AT, now).set(AGENCY_NEED_TAG.UPDATED_BY, actingId).execute();
        }
    }

    public void setStatus(DSLContext tx, String needId, NeedStatus status, LocalDateTime now, String actingId) {
        tx.update(AGENCY_NEED).set(AGENCY_NEED.STATUS, status.code()).set(AGENCY_NEED.UPDATED_AT, now)
                .set(AGENCY_NEED.UPDATED_BY, actingId).where(AGENCY_NEED.ID.eq(needId)).execute();
    }

    /**
     * The needs list, newest first. {@code textHits} are the ids the search index found for the
     * filter's text (null when there is no text).
     */
    public List<NeedRow> list(DSLContext dsl, NeedFilter filter, List<String> textHits) {
        List<Condition> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add(AGENCY_NEED.STATUS.eq(filter.status().code()));
        }
        if (filter.priority() != null) {
            conditions.add(AGENCY_NEED.PRIORITY.eq(filter.priority().code()));
        }
        if (filter.isPublic() != null) {
            conditions.add(AGENCY_NEED.IS_PUBLIC.eq(filter.isPublic()));
        }
        if (textHits != null) {
            conditions.add(AGENCY_NEED.ID.in(textHits));
        }
        var matches = DSL.field(DSL.selectCount().from(SOLUTION_MATCH).where(SOLUTION_MATCH.NEED_ID.eq(AGENCY_NEED.ID)));
        return dsl.select(AGENCY_NEED.ID, AGENCY_NEED.TITLE, ORGANIZATION.NAME_TH, AGENCY_NEED.PRIORITY,
                        AGENCY_NEED.RECEIVED_ON, AGENCY_NEED.STATUS, AGENCY_NEED.IS_PUBLIC, matches)
                .from(AGENCY_NEED).join(ORGANIZATION).on(ORGANIZATION.ID.eq(AGENCY_NEED.AGENCY_ID))
                .where(conditions)
                .orderBy(AGENCY_NEED.RECEIVED_ON.desc(), AGENCY_NEED.CREATED_AT.desc())
                .limit(LIST_LIMIT)
                .fetch(r -> new NeedRow(r.value1(), r.value2(), r.value3(), NeedPriority.fromCode(r.value4()),
                        r.value5(), NeedStatus.fromCode(r.value6()), Boolean.TRUE.equals(r.value7()), r.value8()));
    }

    /** Government agencies and state enterprises, in Thai order: who can have a need. */
    public List<Ref> agencies(DSLContext dsl) {
        return dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME_TH).from(ORGANIZATION)
                .where(ORGANIZATION.KIND.in("government_agency", "state_enterprise"), ORGANIZATION.MERGED_INTO_ID.isNull())
                .orderBy(ORGANIZATION.SORT_KEY).fetch(r -> new Ref(r.value1(), r.value2()));
    }

    /** People of an organization, in Thai order: who can be a need's contact. */
    public List<Ref> peopleOf(DSLContext dsl, String organizationId) {
        return dsl.select(PERSON.ID, PERSON.TITLE_PREFIX, PERSON.FIRST_NAME_TH, PERSON.LAST_NAME_TH).from(PERSON)
                .where(PERSON.ORGANIZATION_ID.eq(organizationId), PERSON.MERGED_INTO_ID.isNull())
                .orderBy(PERSON.SORT_KEY)
                .fetch(r -> new Ref(r.value1(),
                        new PersonListItem(r.value1(), r.value2(), r.value3(), r.value4(), null, null, null).displayName()));
    }

    public Optional<Ref> organizationRef(DSLContext dsl, String id) {
        return dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME_TH).from(ORGANIZATION).where(ORGANIZATION.ID.eq(id))
                .fetchOptional(r -> new Ref(r.value1(), r.value2()));
    }

    public Optional<Ref> personRef(DSLContext dsl, String id) {
        return dsl.select(PERSON.ID, PERSON.TITLE_PREFIX, PERSON.FIRST_NAME_TH, PERSON.LAST_NAME_TH).from(PERSON)
                .where(PERSON.ID.eq(id))
                .fetchOptional(r -> new Ref(r.value1(),
                        new PersonListItem(r.value1(), r.value2(), r.value3(), r.value4(), null, null, null).displayName()));
    }
}
