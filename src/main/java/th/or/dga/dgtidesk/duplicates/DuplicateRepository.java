package th.or.dga.dgtidesk.duplicates;

import static th.or.dga.dgtidesk.db.generated.Tables.DUPLICATE_DECISION;
import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import th.or.dga.dgtidesk.common.Ids;

/** What duplicate detection reads, and the "not a duplicate" decisions it must respect. */
public final class DuplicateRepository {

    /** Every live (not merged) person, reduced to what detection compares. */
    List<PersonKey> personKeys(DSLContext dsl) {
        return keys(dsl, org.jooq.impl.DSL.trueCondition());
    }

    private static List<PersonKey> keys(DSLContext dsl, org.jooq.Condition condition) {
        List<PersonKey> keys = new ArrayList<>();
        dsl.select(PERSON.ID, PERSON.TITLE_PREFIX, PERSON.FIRST_NAME_TH, PERSON.LAST_NAME_TH, PERSON.EMAIL,
                        PERSON.PHONE, PERSON.ORGANIZATION_ID)
                .from(PERSON).where(PERSON.MERGED_INTO_ID.isNull()).and(condition)
                .fetchSize(2_000)
                .forEach(r -> keys.add(new PersonKey(r.value1(), NameKey.of(r.value2(), r.value3(), r.value4()),
                        r.value5() == null ? null : r.value5().toLowerCase(java.util.Locale.ROOT), r.value6(),
                        r.value7())));
        return keys;
    }

    /** The live people who could pair with this one: same organization, e-mail, phone or first name. */
    List<PersonKey> personKeysNear(DSLContext dsl, String personId) {
        var me = dsl.selectFrom(PERSON).where(PERSON.ID.eq(personId)).fetchOptional();
        if (me.isEmpty()) {
            return List.of();
        }
        var p = me.get();
        org.jooq.Condition near = PERSON.FIRST_NAME_TH.eq(p.getFirstNameTh());
        if (p.getOrganizationId() != null) {
            near = near.or(PERSON.ORGANIZATION_ID.eq(p.getOrganizationId()));
        }
        if (p.getEmail() != null) {
            near = near.or(PERSON.EMAIL.eq(p.getEmail()));
        }
        if (p.getPhone() != null) {
            near = near.or(PERSON.PHONE.eq(p.getPhone()));
        }
        return keys(dsl, near);
    }

    /** Live organizations as [id, name key], grouped by kind. */
    Map<String, List<String[]>> organizationKeysByKind(DSLContext dsl) {
        Map<String, List<String[]>> byKind = new HashMap<>();
        dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME_TH, ORGANIZATION.KIND).from(ORGANIZATION)
                .where(ORGANIZATION.MERGED_INTO_ID.isNull())
                .forEach(r -> byKind.computeIfAbsent(r.value3(), k -> new ArrayList<>())
                        .add(new String[] {r.value1(), NameKey.organization(r.value2())}));
        return byKind;
    }

    /** "aId|bId" keys of the pairs judged not to be duplicates. */
    Set<String> dismissed(DSLContext dsl, String entity) {
        Set<String> keys = new HashSet<>();
        dsl.select(DUPLICATE_DECISION.A_ID, DUPLICATE_DECISION.B_ID).from(DUPLICATE_DECISION)
                .where(DUPLICATE_DECISION.ENTITY.eq(entity))
                .forEach(r -> keys.add(r.value1() + "|" + r.value2()));
        return keys;
    }

    void dismiss(DSLContext tx, String entity, String aId, String bId, LocalDateTime now, String actingId) {
        tx.insertInto(DUPLICATE_DECISION, DUPLICATE_DECISION.ID, DUPLICATE_DECISION.ENTITY, DUPLICATE_DECISION.A_ID,
                        DUPLICATE_DECISION.B_ID, DUPLICATE_DECISION.DECISION, DUPLICATE_DECISION.CREATED_AT,
                        DUPLICATE_DECISION.UPDATED_AT, DUPLICATE_DECISION.UPDATED_BY)
                .values(Ids.newId(), entity, aId, bId, "not_duplicate", now, now, actingId)
                .onConflictDoNothing()
                .execute();
    }

    /** Whether the person exists and has not been merged away. */
    boolean live(DSLContext dsl, String personId) {
        return dsl.fetchExists(PERSON, PERSON.ID.eq(personId).and(PERSON.MERGED_INTO_ID.isNull()));
    }

    java.util.Optional<String[]> organization(DSLContext dsl, String id) {
        return dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME_TH, ORGANIZATION.KIND, ORGANIZATION.PROVINCE)
                .from(ORGANIZATION).where(ORGANIZATION.ID.eq(id))
                .fetchOptional(r -> new String[] {r.value1(), r.value2(), r.value3(), r.value4()});
    }
}
