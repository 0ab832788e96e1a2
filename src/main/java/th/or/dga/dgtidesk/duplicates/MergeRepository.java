package th.or.dga.dgtidesk.duplicates;

import static th.or.dga.dgtidesk.db.generated.Tables.ACTION_ITEM;
import static th.or.dga.dgtidesk.db.generated.Tables.AGENCY_NEED;
import static th.or.dga.dgtidesk.db.generated.Tables.AUDIT_ENTRY;
import static th.or.dga.dgtidesk.db.generated.Tables.CONSENT;
import static th.or.dga.dgtidesk.db.generated.Tables.CONSULTATION_ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.CONSULTATION_PERSON;
import static th.or.dga.dgtidesk.db.generated.Tables.INNOVATOR;
import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;
import static th.or.dga.dgtidesk.db.generated.Tables.REGISTRATION;
import static th.or.dga.dgtidesk.db.generated.Tables.WORKSHOP_FACILITATOR;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.db.generated.tables.records.RegistrationRecord;
import th.or.dga.dgtidesk.people.PersonFields;
import th.or.dga.dgtidesk.workshop.RegistrationStatus;

/**
 * The row moves of a merge, each one statement inside the caller's transaction. Every column that
 * refers to a person (or an organization) is listed here once; a test checks the list against the
 * schema's foreign keys so a new link cannot be forgotten.
 */
public final class MergeRepository {

    /** A registration the merge removed because the kept person had a better one for the same workshop. */
    record DroppedRegistration(String workshopId, RegistrationStatus status, Integer waitlistPosition) {
    }

    /** Person links that move as they are (no uniqueness to respect). */
    static final List<TableField<?, String>> PLAIN_PERSON_LINKS = List.of(CONSENT.PERSON_ID, INNOVATOR.PERSON_ID,
            INNOVATOR.CONTACT_PERSON_ID, AGENCY_NEED.CONTACT_PERSON_ID, ACTION_ITEM.OWNER_PERSON_ID,
            PERSON.MERGED_INTO_ID);

    /** Organization links that move as they are. */
    static final List<TableField<?, String>> PLAIN_ORGANIZATION_LINKS = List.of(PERSON.ORGANIZATION_ID,
            INNOVATOR.ORGANIZATION_ID, AGENCY_NEED.AGENCY_ID, ORGANIZATION.PARENT_MINISTRY_ID,
            ORGANIZATION.MERGED_INTO_ID);

    /**
     * Moves the registrations of {@code removeId} to {@code keepId}. Where both were registered for
     * one workshop the better status stays (attended, registered, waitlisted, no-show, cancelled)
     * and the other row goes; what went is returned so seats and queue positions can be settled.
     */
    List<DroppedRegistration> moveRegistrations(DSLContext tx, String keepId, String removeId, LocalDateTime now,
            String actingId) {
        Map<String, RegistrationRecord> kept = new LinkedHashMap<>();
        tx.selectFrom(REGISTRATION).where(REGISTRATION.PERSON_ID.eq(keepId))
                .forEach(r -> kept.put(r.getWorkshopId(), r));
        List<DroppedRegistration> dropped = new ArrayList<>();
        for (RegistrationRecord moving : tx.selectFrom(REGISTRATION).where(REGISTRATION.PERSON_ID.eq(removeId))) {
            RegistrationRecord other = kept.get(moving.getWorkshopId());
            if (other == null) {
                continue;
            }
            boolean movingIsBetter = rank(moving.getStatus()) > rank(other.getStatus());
            RegistrationRecord loser = movingIsBetter ? other : moving;
            dropped.add(new DroppedRegistration(loser.getWorkshopId(), RegistrationStatus.fromCode(loser.getStatus()),
                    loser.getWaitlistPosition()));
            tx.deleteFrom(REGISTRATION).where(REGISTRATION.ID.eq(loser.getId())).execute();
        }
        tx.update(REGISTRATION).set(REGISTRATION.PERSON_ID, keepId).set(REGISTRATION.UPDATED_AT, now)
                .set(REGISTRATION.UPDATED_BY, actingId).where(REGISTRATION.PERSON_ID.eq(removeId)).execute();
        return dropped;
    }

    private static int rank(String status) {
        return switch (RegistrationStatus.fromCode(status)) {
            case ATTENDED -> 5;
            case REGISTERED -> 4;
            case WAITLISTED -> 3;
            case NO_SHOW -> 2;
            case CANCELLED -> 1;
        };
    }

    /** Moves the person's other links; returns how many rows moved per link, for the audit entry. */
    Map<String, Integer> movePersonLinks(DSLContext tx, String keepId, String removeId) {
        Map<String, Integer> moved = new LinkedHashMap<>();
        moved.put("consultation_person", moveUnique(tx, CONSULTATION_PERSON.PERSON_ID,
                CONSULTATION_PERSON.CONSULTATION_ID, keepId, removeId));
        moved.put("workshop_facilitator", moveUnique(tx, WORKSHOP_FACILITATOR.PERSON_ID,
                WORKSHOP_FACILITATOR.WORKSHOP_ID, keepId, removeId));
        for (TableField<?, String> link : PLAIN_PERSON_LINKS) {
            moved.put(link.getTable().getName() + "." + link.getName(), move(tx, link, keepId, removeId));
        }
        moved.put("audit_entry", tx.update(AUDIT_ENTRY).set(AUDIT_ENTRY.ENTITY_ID, keepId)
                .where(AUDIT_ENTRY.ENTITY.eq("person"), AUDIT_ENTRY.ENTITY_ID.eq(removeId)).execute());
        return moved;
    }

    Map<String, Integer> moveOrganizationLinks(DSLContext tx, String keepId, String removeId) {
        Map<String, Integer> moved = new LinkedHashMap<>();
        moved.put("consultation_organization", moveUnique(tx, CONSULTATION_ORGANIZATION.ORGANIZATION_ID,
                CONSULTATION_ORGANIZATION.CONSULTATION_ID, keepId, removeId));
        for (TableField<?, String> link : PLAIN_ORGANIZATION_LINKS) {
            moved.put(link.getTable().getName() + "." + link.getName(), move(tx, link, keepId, removeId));
        }
        moved.put("audit_entry", tx.update(AUDIT_ENTRY).set(AUDIT_ENTRY.ENTITY_ID, keepId)
                .where(AUDIT_ENTRY.ENTITY.eq("organization"), AUDIT_ENTRY.ENTITY_ID.eq(removeId)).execute());
        return moved;
    }

    private static int move(DSLContext tx, TableField<?, String> link, String keepId, String removeId) {
        return tx.update(link.getTable()).set(link, keepId).where(link.eq(removeId)).execute();
    }

    /**
     * Moves a link whose table holds one row per owner and person: rows the kept record already has
     * are dropped instead of moved (both attended the same consultation).
     */
    private static int moveUnique(DSLContext tx, TableField<?, String> link, TableField<?, String> owner,
            String keepId, String removeId) {
        Table<?> table = link.getTable();
        Field<String> keptOwner = DSL.field(DSL.name("kept", owner.getName()), String.class);
        tx.deleteFrom(table).where(link.eq(removeId)).and(owner.in(
                DSL.select(keptOwner).from(table.as("kept")).where(DSL.field(DSL.name("kept", link.getName()),
                        String.class).eq(keepId)))).execute();
        return move(tx, link, keepId, removeId);
    }

    /** Writes the chosen fields to the kept person and marks the other as merged into it. */
    void finishPeople(DSLContext tx, PersonFields chosen, String removeId, LocalDateTime now, String actingId) {
        String sortName = chosen.firstNameTh() + (chosen.lastNameTh() == null ? "" : " " + chosen.lastNameTh());
        tx.update(PERSON)
                .set(PERSON.TITLE_PREFIX, chosen.titlePrefix())
                .set(PERSON.FIRST_NAME_TH, chosen.firstNameTh())
                .set(PERSON.LAST_NAME_TH, chosen.lastNameTh())
                .set(PERSON.FIRST_NAME_EN, chosen.firstNameEn())
                .set(PERSON.LAST_NAME_EN, chosen.lastNameEn())
                .set(PERSON.EMAIL, chosen.email())
                .set(PERSON.PHONE, chosen.phone())
                .set(PERSON.ORGANIZATION_ID, chosen.organizationId())
                .set(PERSON.POSITION, chosen.position())
                .set(PERSON.PROVINCE, chosen.province())
                .set(PERSON.SORT_KEY, ThaiText.sortKey(sortName))
                .set(PERSON.UPDATED_AT, now)
                .set(PERSON.UPDATED_BY, actingId)
                .where(PERSON.ID.eq(chosen.id()))
                .execute();
        tx.update(PERSON).set(PERSON.MERGED_INTO_ID, chosen.id()).set(PERSON.UPDATED_AT, now)
                .set(PERSON.UPDATED_BY, actingId).where(PERSON.ID.eq(removeId)).execute();
    }

    void finishOrganizations(DSLContext tx, String keepId, String removeId, LocalDateTime now, String actingId) {
        tx.update(ORGANIZATION).set(ORGANIZATION.MERGED_INTO_ID, keepId).set(ORGANIZATION.UPDATED_AT, now)
                .set(ORGANIZATION.UPDATED_BY, actingId).where(ORGANIZATION.ID.eq(removeId)).execute();
    }
}
