package th.or.dga.dgtidesk.people;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import th.or.dga.dgtidesk.audit.AuditAction;
import th.or.dga.dgtidesk.audit.AuditLog;
import th.or.dga.dgtidesk.common.EmailAddress;
import th.or.dga.dgtidesk.common.Ids;
import th.or.dga.dgtidesk.common.ThaiPhone;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.security.CurrentStaff;

/**
 * Creating people where they are needed (registering, a walk-in at the door). Before a new row is
 * written the caller asks {@link #sameContact} and warns: one person is one row.
 */
public final class PersonService {

    private final Transactions transactions;
    private final PersonRepository people;
    private final PersonPageRepository pages;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;
    private final Clock clock;

    public PersonService(Transactions transactions, PersonRepository people, PersonPageRepository pages,
            CurrentStaff currentStaff, AuditLog auditLog, Clock clock) {
        this.transactions = transactions;
        this.people = people;
        this.pages = pages;
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** People already holding this e-mail or phone (either may be blank): the duplicate warning. */
    public List<PersonListItem> sameContact(String email, String phone) {
        String cleanEmail = email(email);
        String cleanPhone = phone(phone);
        if (cleanEmail == null && cleanPhone == null) {
            return List.of();
        }
        return transactions.read(dsl -> people.byContact(dsl, cleanEmail, cleanPhone));
    }

    /** Writes a new person (and their organization when it is new); the caller has warned of duplicates. */
    public PersonListItem create(NewPerson draft) {
        currentStaff.requireWriter();
        String first = ThaiText.clean(draft.firstNameTh());
        if (first == null) {
            throw new UserException("person.firstNameRequired");
        }
        String email = email(draft.email());
        String phone = phone(draft.phone());
        if (email == null && phone == null) {
            throw new UserException("person.contactRequired");
        }
        PersonListItem person = new PersonListItem(Ids.newId(), ThaiText.clean(draft.titlePrefix()), first,
                ThaiText.clean(draft.lastNameTh()), email, phone, ThaiText.clean(draft.organizationNameTh()));
        LocalDateTime now = Times.nowUtc(clock);
        String actor = currentStaff.idOrNull();
        return transactions.write(tx -> {
            String organizationId = null;
            if (person.organizationNameTh() != null) {
                organizationId = people.organizationNamed(tx, person.organizationNameTh()).orElse(null);
                if (organizationId == null) {
                    organizationId = Ids.newId();
                    people.insertOrganization(tx, organizationId, person.organizationNameTh(),
                            draft.organizationKind() == null ? "other" : draft.organizationKind(), now, actor);
                    auditLog.record(tx, "organization", organizationId, AuditAction.CREATE,
                            "organization " + person.organizationNameTh());
                }
            }
            people.insert(tx, person, organizationId, now, actor);
            auditLog.record(tx, "person", person.id(), AuditAction.CREATE, "person " + person.displayName());
            return person;
        });
    }

    /** A person's fields, following a merge to the person who remains. */
    public Optional<PersonFields> fields(String personId) {
        return transactions.read(dsl -> {
            String id = people.mergedInto(dsl, personId).orElse(personId);
            return people.fields(dsl, id);
        });
    }

    public PersonLinks links(String personId) {
        return transactions.read(dsl -> pages.links(dsl, personId));
    }

    /**
     * Saves the person form. The organization is named by its Thai name: an existing one is
     * linked, a new name creates it (as "other" until someone sets its kind).
     */
    public PersonFields update(PersonFields changed) {
        currentStaff.requireWriter();
        String first = ThaiText.clean(changed.firstNameTh());
        if (first == null) {
            throw new UserException("person.firstNameRequired");
        }
        String email = email(changed.email());
        String phone = phone(changed.phone());
        if (email == null && phone == null) {
            throw new UserException("person.contactRequired");
        }
        String organizationName = ThaiText.clean(changed.organizationName());
        LocalDateTime now = Times.nowUtc(clock);
        String actor = currentStaff.idOrNull();
        return transactions.write(tx -> {
            String organizationId = null;
            if (organizationName != null) {
                organizationId = people.organizationNamed(tx, organizationName).orElse(null);
                if (organizationId == null) {
                    organizationId = Ids.newId();
                    people.insertOrganization(tx, organizationId, organizationName, "other", now, actor);
                    auditLog.record(tx, "organization", organizationId, AuditAction.CREATE,
                            "organization " + organizationName);
                }
            }
            PersonFields clean = new PersonFields(changed.id(), ThaiText.clean(changed.titlePrefix()), first,
                    ThaiText.clean(changed.lastNameTh()), ThaiText.clean(changed.firstNameEn()),
                    ThaiText.clean(changed.lastNameEn()), email, phone, organizationId, organizationName,
                    ThaiText.clean(changed.position()), ThaiText.clean(changed.province()));
            people.update(tx, clean, now, actor);
            auditLog.record(tx, "person", clean.id(), AuditAction.UPDATE, "person " + first
                    + (clean.lastNameTh() == null ? "" : " " + clean.lastNameTh()));
            return clean;
        });
    }

    /**
     * Records consent given or withdrawn, as a new ledger entry: a withdrawal never erases the
     * consent it ends, so the history shows what was allowed when.
     */
    public void recordConsent(String personId, boolean given, List<String> purposes, String noticeVersion,
            LocalDateTime occurredAtBangkok) {
        currentStaff.requireWriter();
        if (purposes.isEmpty()) {
            throw new UserException("consent.purposesRequired");
        }
        String notice = ThaiText.clean(noticeVersion);
        if (notice == null) {
            throw new UserException("consent.noticeRequired");
        }
        LocalDateTime now = Times.nowUtc(clock);
        transactions.write(tx -> {
            pages.addConsent(tx, personId, given ? "given" : "withdrawn", String.join(",", purposes), notice,
                    Times.fromBangkok(occurredAtBangkok), "paper", now, currentStaff.idOrNull());
            auditLog.record(tx, "person", personId, AuditAction.UPDATE, (given ? "consent given: " : "consent withdrawn: ")
                    + String.join(",", purposes) + " (" + notice + ")");
            return null;
        });
    }

    /** Stored lower-case; a malformed address is refused rather than kept half-right. */
    private static String email(String input) {
        String text = ThaiText.clean(input);
        if (text == null) {
            return null;
        }
        if (!EmailAddress.isValid(text)) {
            throw new UserException("person.badEmail", text);
        }
        return EmailAddress.stored(text);
    }

    private static String phone(String input) {
        String text = ThaiText.clean(input);
        if (text == null) {
            return null;
        }
        return ThaiPhone.normalise(text).orElseThrow(() -> new UserException("person.badPhone", text));
    }
}
