package th.or.dga.dgtidesk.innovator;

import static th.or.dga.dgtidesk.db.generated.Tables.INNOVATOR;
import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import th.or.dga.dgtidesk.common.NamePrefix;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.db.generated.tables.records.InnovatorRecord;
import th.or.dga.dgtidesk.db.generated.tables.records.OrganizationRecord;

/** Innovator rows, and the organization or person each one is. */
public final class InnovatorRepository {

    public Optional<Innovator> byId(DSLContext dsl, String id) {
        return dsl.selectFrom(INNOVATOR).where(INNOVATOR.ID.eq(id)).fetchOptional(InnovatorRepository::toInnovator);
    }

    public void insert(DSLContext tx, Innovator innovator, LocalDateTime now, String actingId) {
        InnovatorRecord record = tx.newRecord(INNOVATOR);
        record.setId(innovator.id());
        fill(record, innovator);
        record.setRosterStatus(innovator.status().code());
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        record.setUpdatedBy(actingId);
        record.insert();
    }

    /** Writes every field but the roster status, whose moves have their own rule. */
    public void update(DSLContext tx, Innovator innovator, LocalDateTime now, String actingId) {
        InnovatorRecord record = tx.fetchSingle(INNOVATOR, INNOVATOR.ID.eq(innovator.id()));
        fill(record, innovator);
        record.setUpdatedAt(now);
        record.setUpdatedBy(actingId);
        record.update();
    }

    public void setStatus(DSLContext tx, String id, RosterStatus status, LocalDate joinedOn, LocalDateTime now,
            String actingId) {
        tx.update(INNOVATOR).set(INNOVATOR.ROSTER_STATUS, status.code()).set(INNOVATOR.JOINED_ON, joinedOn)
                .set(INNOVATOR.UPDATED_AT, now).set(INNOVATOR.UPDATED_BY, actingId).where(INNOVATOR.ID.eq(id))
                .execute();
    }

    /** Whether another innovator already is this organization or person. */
    public boolean alreadyOnRoster(DSLContext dsl, String organizationId, String personId, String exceptId) {
        return dsl.fetchExists(INNOVATOR, (organizationId != null ? INNOVATOR.ORGANIZATION_ID.eq(organizationId)
                : INNOVATOR.PERSON_ID.eq(personId)).and(INNOVATOR.ID.ne(exceptId)));
    }

    /** The live organization with exactly this Thai name, if there is one. */
    public Optional<Organization> organizationNamed(DSLContext dsl, String nameTh) {
        return dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME_TH, ORGANIZATION.PROVINCE).from(ORGANIZATION)
                .where(ORGANIZATION.NAME_TH.eq(nameTh)).and(ORGANIZATION.MERGED_INTO_ID.isNull())
                .orderBy(ORGANIZATION.CREATED_AT).limit(1).fetchOptional(r -> new Organization(r.value1(), r.value2(),
                        r.value3()));
    }

    public Optional<Organization> organization(DSLContext dsl, String id) {
        return dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME_TH, ORGANIZATION.PROVINCE).from(ORGANIZATION)
                .where(ORGANIZATION.ID.eq(id)).fetchOptional(r -> new Organization(r.value1(), r.value2(), r.value3()));
    }

    /** Live organizations with these ids, in the order of {@code ids}. */
    public List<Organization> organizations(DSLContext dsl, List<String> ids) {
        List<Organization> found = dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME_TH, ORGANIZATION.PROVINCE)
                .from(ORGANIZATION).where(ORGANIZATION.ID.in(ids))
                .fetch(r -> new Organization(r.value1(), r.value2(), r.value3()));
        return found.stream().sorted(java.util.Comparator.comparing(o -> ids.indexOf(o.id()))).toList();
    }

    public void insertOrganization(DSLContext tx, Organization organization, String kind, LocalDateTime now,
            String actingId) {
        OrganizationRecord record = tx.newRecord(ORGANIZATION);
        record.setId(organization.id());
        record.setNameTh(organization.nameTh());
        record.setKind(kind);
        record.setProvince(organization.province());
        record.setSortKey(ThaiText.sortKey(organization.nameTh()));
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        record.setUpdatedBy(actingId);
        record.insert();
    }

    public void setOrganizationProvince(DSLContext tx, String organizationId, String province, LocalDateTime now,
            String actingId) {
        tx.update(ORGANIZATION).set(ORGANIZATION.PROVINCE, province).set(ORGANIZATION.UPDATED_AT, now)
                .set(ORGANIZATION.UPDATED_BY, actingId).where(ORGANIZATION.ID.eq(organizationId)).execute();
    }

    /** A person as the roster names them ("ดร.สมชาย ใจดี"), with their province. */
    public Optional<PersonName> person(DSLContext dsl, String personId) {
        return dsl.select(PERSON.ID, PERSON.TITLE_PREFIX, PERSON.FIRST_NAME_TH, PERSON.LAST_NAME_TH, PERSON.PHONE,
                        PERSON.EMAIL, PERSON.PROVINCE)
                .from(PERSON).where(PERSON.ID.eq(personId))
                .fetchOptional(r -> new PersonName(r.value1(), NamePrefix.join(r.value2(), r.value3(), r.value4()),
                        r.value5(), r.value6(), r.value7()));
    }

    public void setPersonProvince(DSLContext tx, String personId, String province, LocalDateTime now,
            String actingId) {
        tx.update(PERSON).set(PERSON.PROVINCE, province).set(PERSON.UPDATED_AT, now).set(PERSON.UPDATED_BY, actingId)
                .where(PERSON.ID.eq(personId)).execute();
    }

    private static void fill(InnovatorRecord record, Innovator innovator) {
        record.setOrganizationId(innovator.organizationId());
        record.setPersonId(innovator.personId());
        record.setName(innovator.name());
        record.setKind(innovator.kind().code());
        record.setJoinedOn(innovator.joinedOn());
        record.setCohort(innovator.cohort());
        record.setContactPersonId(innovator.contactPersonId());
        record.setConsentToPublish(innovator.consentToPublish());
        record.setSortKey(ThaiText.sortKey(innovator.name()));
    }

    private static Innovator toInnovator(InnovatorRecord r) {
        return new Innovator(r.getId(), r.getOrganizationId(), r.getPersonId(), r.getName(),
                InnovatorKind.fromCode(r.getKind()), RosterStatus.fromCode(r.getRosterStatus()), r.getJoinedOn(),
                r.getCohort(), r.getContactPersonId(), Boolean.TRUE.equals(r.getConsentToPublish()));
    }
}
