package th.or.dga.dgtidesk.people;

import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record7;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.db.generated.tables.records.OrganizationRecord;
import th.or.dga.dgtidesk.db.generated.tables.records.PersonRecord;

/** People as the lists read them. */
public final class PersonRepository {

    /** A page of people in Thai dictionary order, served by the index on sort_key. */
    public List<PersonListItem> sortedPage(DSLContext dsl, int offset, int limit) {
        return select(dsl)
                .where(PERSON.MERGED_INTO_ID.isNull())
                .orderBy(PERSON.SORT_KEY)
                .limit(limit)
                .offset(offset)
                .fetch(PersonRepository::toItem);
    }

    /** The people with these ids, in the order of {@code ids}. */
    public List<PersonListItem> byIds(DSLContext dsl, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        List<PersonListItem> items = select(dsl).where(PERSON.ID.in(ids)).fetch(PersonRepository::toItem);
        items.sort(Comparator.comparing(item -> position.get(item.id())));
        return items;
    }

    /** Live people holding this e-mail or this phone (a null one is not compared). */
    public List<PersonListItem> byContact(DSLContext dsl, String email, String phone) {
        Condition same = DSL.falseCondition();
        if (email != null) {
            same = same.or(PERSON.EMAIL.eq(email));
        }
        if (phone != null) {
            same = same.or(PERSON.PHONE.eq(phone));
        }
        return select(dsl).where(PERSON.MERGED_INTO_ID.isNull()).and(same).orderBy(PERSON.SORT_KEY).limit(20)
                .fetch(PersonRepository::toItem);
    }

    public void insert(DSLContext tx, PersonListItem person, String organizationId, LocalDateTime now,
            String actingId) {
        PersonRecord record = tx.newRecord(PERSON);
        record.setId(person.id());
        record.setTitlePrefix(person.titlePrefix());
        record.setFirstNameTh(person.firstNameTh());
        record.setLastNameTh(person.lastNameTh());
        record.setEmail(person.email());
        record.setPhone(person.phone());
        record.setOrganizationId(organizationId);
        record.setSortKey(ThaiText.sortKey(sortName(person)));
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        record.setUpdatedBy(actingId);
        record.insert();
    }

    /** The id of the live organization with exactly this Thai name, if there is one. */
    public Optional<String> organizationNamed(DSLContext dsl, String nameTh) {
        return dsl.select(ORGANIZATION.ID).from(ORGANIZATION)
                .where(ORGANIZATION.NAME_TH.eq(nameTh)).and(ORGANIZATION.MERGED_INTO_ID.isNull())
                .limit(1).fetchOptional(ORGANIZATION.ID);
    }

    public void insertOrganization(DSLContext tx, String id, String nameTh, String kind, LocalDateTime now,
            String actingId) {
        OrganizationRecord record = tx.newRecord(ORGANIZATION);
        record.setId(id);
        record.setNameTh(nameTh);
        record.setKind(kind);
        record.setSortKey(ThaiText.sortKey(nameTh));
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        record.setUpdatedBy(actingId);
        record.insert();
    }

    public Optional<PersonFields> fields(DSLContext dsl, String id) {
        return dsl.select(PERSON.ID, PERSON.TITLE_PREFIX, PERSON.FIRST_NAME_TH, PERSON.LAST_NAME_TH,
                        PERSON.FIRST_NAME_EN, PERSON.LAST_NAME_EN, PERSON.EMAIL, PERSON.PHONE, PERSON.ORGANIZATION_ID,
                        ORGANIZATION.NAME_TH, PERSON.POSITION, PERSON.PROVINCE)
                .from(PERSON).leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(PERSON.ORGANIZATION_ID))
                .where(PERSON.ID.eq(id))
                .fetchOptional(r -> new PersonFields(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12()));
    }

    /** Where a person was merged to, if they were (old links and imports may still name them). */
    public Optional<String> mergedInto(DSLContext dsl, String id) {
        return dsl.select(PERSON.MERGED_INTO_ID).from(PERSON).where(PERSON.ID.eq(id))
                .fetchOptional(PERSON.MERGED_INTO_ID).filter(java.util.Objects::nonNull);
    }

    public void update(DSLContext tx, PersonFields person, LocalDateTime now, String actingId) {
        tx.update(PERSON)
                .set(PERSON.TITLE_PREFIX, person.titlePrefix())
                .set(PERSON.FIRST_NAME_TH, person.firstNameTh())
                .set(PERSON.LAST_NAME_TH, person.lastNameTh())
                .set(PERSON.FIRST_NAME_EN, person.firstNameEn())
                .set(PERSON.LAST_NAME_EN, person.lastNameEn())
                .set(PERSON.EMAIL, person.email())
                .set(PERSON.PHONE, person.phone())
                .set(PERSON.ORGANIZATION_ID, person.organizationId())
                .set(PERSON.POSITION, person.position())
                .set(PERSON.PROVINCE, person.province())
                .set(PERSON.SORT_KEY, ThaiText.sortKey(person.firstNameTh()
                        + (person.lastNameTh() == null ? "" : " " + person.lastNameTh())))
                .set(PERSON.UPDATED_AT, now)
                .set(PERSON.UPDATED_BY, actingId)
                .where(PERSON.ID.eq(person.id()))
                .execute();
    }

    /** Every live person in Thai order with their fields, streamed (an export of 50,000 people). */
    public void forEachInOrder(DSLContext dsl, java.util.function.Consumer<PersonFields> each) {
        try (var cursor = dsl.select(PERSON.ID, PERSON.TITLE_PREFIX, PERSON.FIRST_NAME_TH, PERSON.LAST_NAME_TH,
                        PERSON.FIRST_NAME_EN, PERSON.LAST_NAME_EN, PERSON.EMAIL, PERSON.PHONE, PERSON.ORGANIZATION_ID,
                        ORGANIZATION.NAME_TH, PERSON.POSITION, PERSON.PROVINCE)
                .from(PERSON).leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(PERSON.ORGANIZATION_ID))
                .where(PERSON.MERGED_INTO_ID.isNull()).orderBy(PERSON.SORT_KEY).fetchSize(1_000).fetchLazy()) {
            for (var r : cursor) {
                each.accept(new PersonFields(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12()));
            }
        }
    }

    public int count(DSLContext dsl) {
        return dsl.fetchCount(PERSON, PERSON.MERGED_INTO_ID.isNull());
    }

    private static SelectOnConditionStep<Record7<String, String, String, String, String, String, String>> select(
            DSLContext dsl) {
        return dsl.select(PERSON.ID, PERSON.TITLE_PREFIX, PERSON.FIRST_NAME_TH, PERSON.LAST_NAME_TH, PERSON.EMAIL,
                        PERSON.PHONE, ORGANIZATION.NAME_TH)
                .from(PERSON)
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(PERSON.ORGANIZATION_ID));
    }

    /** People sort by first name then last name; the prefix never decides the order. */
    private static String sortName(PersonListItem person) {
        return person.firstNameTh() + (person.lastNameTh() == null ? "" : " " + person.lastNameTh());
    }

    private static PersonListItem toItem(Record r) {
        return new PersonListItem(r.get(PERSON.ID), r.get(PERSON.TITLE_PREFIX), r.get(PERSON.FIRST_NAME_TH),
                r.get(PERSON.LAST_NAME_TH), r.get(PERSON.EMAIL), r.get(PERSON.PHONE), r.get(ORGANIZATION.NAME_TH));
    }
}
