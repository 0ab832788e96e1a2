package th.or.dga.dgtidesk.innovator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import th.or.dga.dgtidesk.audit.AuditAction;
import th.or.dga.dgtidesk.audit.AuditLog;
import th.or.dga.dgtidesk.common.Ids;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.security.CurrentStaff;
import th.or.dga.dgtidesk.tag.TagNames;
import th.or.dga.dgtidesk.tag.TagRepository;
import th.or.dga.dgtidesk.tag.TaggedKind;

/**
 * Keeping the roster: adding an innovator (its organization found by name or made for it, or the
 * person it is), editing it, and moving it along the roster statuses. An organization or a person
 * is on the roster once.
 */
public final class InnovatorService {

    private final Transactions transactions;
    private final InnovatorRepository innovators;
    private final TagRepository tags;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;
    private final Clock clock;

    public InnovatorService(Transactions transactions, InnovatorRepository innovators, TagRepository tags,
            CurrentStaff currentStaff, AuditLog auditLog, Clock clock) {
        this.transactions = transactions;
        this.innovators = innovators;
        this.tags = tags;
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Adds an innovator at the draft's status (applicant when none); an active one without a date joined today. */
    public Innovator create(InnovatorDraft draft) {
        currentStaff.requireWriter();
        RosterStatus status = draft.status() == null ? RosterStatus.APPLICANT : draft.status();
        List<String> tagNames = TagNames.clean(draft.tags());
        return transactions.write(tx -> {
            LocalDateTime now = Times.nowUtc(clock);
            LocalDate joined = draft.joinedOn() == null && status == RosterStatus.ACTIVE ? today() : draft.joinedOn();
            Innovator innovator = resolve(tx, Ids.newId(), draft, status, joined, now);
            innovators.insert(tx, innovator, now, currentStaff.idOrNull());
            tags.replace(tx, TaggedKind.INNOVATOR, innovator.id(), tagNames, now, currentStaff.idOrNull());
            auditLog.record(tx, "innovator", innovator.id(), AuditAction.CREATE, "innovator " + innovator.name()
                    + " (" + innovator.kind().code() + ", " + status.code() + ")");
            return innovator;
        });
    }

    /** Saves every field of the draft but the roster status, which moves through {@link #changeStatus}. */
    public Innovator update(InnovatorDraft draft) {
        currentStaff.requireWriter();
        List<String> tagNames = TagNames.clean(draft.tags());
        return transactions.write(tx -> {
            Innovator stored = innovators.byId(tx, draft.id())
                    .orElseThrow(() -> new UserException("roster.notFound", draft.id()));
            LocalDateTime now = Times.nowUtc(clock);
            Innovator innovator = resolve(tx, stored.id(), draft, stored.status(), draft.joinedOn(), now);
            innovators.update(tx, innovator, now, currentStaff.idOrNull());
            tags.replace(tx, TaggedKind.INNOVATOR, innovator.id(), tagNames, now, currentStaff.idOrNull());
            auditLog.record(tx, "innovator", innovator.id(), AuditAction.UPDATE, "innovator " + innovator.name()
                    + (stored.name().equals(innovator.name()) ? "" : " (was " + stored.name() + ")"));
            return innovator;
        });
    }

    /**
     * Moves an innovator to {@code to} when {@link RosterStatus#next()} allows it. Becoming active
     * for the first time sets the joining date to today when none was recorded.
     */
    public Innovator changeStatus(String innovatorId, RosterStatus to) {
        currentStaff.requireWriter();
        return transactions.write(tx -> {
            Innovator stored = innovators.byId(tx, innovatorId)
                    .orElseThrow(() -> new UserException("roster.notFound", innovatorId));
            if (!stored.status().next().contains(to)) {
                throw new UserException("roster.illegalMove", stored.status().code(), to.code());
            }
            LocalDate joined = stored.joinedOn() == null && to == RosterStatus.ACTIVE ? today() : stored.joinedOn();
            innovators.setStatus(tx, innovatorId, to, joined, Times.nowUtc(clock), currentStaff.idOrNull());
            auditLog.record(tx, "innovator", innovatorId, AuditAction.UPDATE,
                    "roster status " + stored.status().code() + " → " + to.code());
            return new Innovator(stored.id(), stored.organizationId(), stored.personId(), stored.name(), stored.kind(),
                    to, joined, stored.cohort(), stored.contactPersonId(), stored.consentToPublish());
        });
    }

    /** The innovator as its form edits it. */
    public InnovatorDraft draft(String innovatorId) {
        return transactions.read(dsl -> {
            Innovator i = innovators.byId(dsl, innovatorId)
                    .orElseThrow(() -> new UserException("roster.notFound", innovatorId));
            Organization organization = i.organizationId() == null ? null
                    : innovators.organization(dsl, i.organizationId()).orElse(null);
            String province = organization != null ? organization.province()
                    : innovators.person(dsl, i.personId()).map(PersonName::province).orElse(null);
            return new InnovatorDraft(i.id(), i.kind(), organization == null ? null : organization.nameTh(), province,
                    i.status(), i.joinedOn(), i.cohort(), i.contactPersonId(), i.consentToPublish(),
                    tags.names(dsl, TaggedKind.INNOVATOR, i.id()));
        });
    }

    /**
     * The innovator the draft describes: its organization (found by exact name, or made for it) or
     * its person, with the province written where it belongs when one was given.
     */
    private Innovator resolve(DSLContext tx, String id, InnovatorDraft draft, RosterStatus status, LocalDate joined,
            LocalDateTime now) {
        if (draft.kind() == null) {
            throw new UserException("roster.kindRequired");
        }
        String province = ThaiText.clean(draft.province());
        String actor = currentStaff.idOrNull();
        String organizationId = null;
        String personId = null;
        String name;
        if (draft.kind().isPerson()) {
            // An individual innovator is its own contact person.
            PersonName person = draft.contactPersonId() == null ? null
                    : innovators.person(tx, draft.contactPersonId()).orElse(null);
            if (person == null) {
                throw new UserException("roster.personRequired");
            }
            personId = person.id();
            name = person.displayName();
            if (province != null && !province.equals(person.province())) {
                innovators.setPersonProvince(tx, personId, province, now, actor);
                auditLog.record(tx, "person", personId, AuditAction.UPDATE,
                        "province " + Objects.requireNonNullElse(person.province(), "-") + " → " + province);
            }
        } else {
            String organizationName = ThaiText.clean(draft.organizationNameTh());
            if (organizationName == null) {
                throw new UserException("roster.organizationRequired");
            }
            Organization organization = innovators.organizationNamed(tx, organizationName).orElse(null);
            if (organization == null) {
                organization = new Organization(Ids.newId(), organizationName, province);
                innovators.insertOrganization(tx, organization, draft.kind().organizationKind(), now, actor);
                auditLog.record(tx, "organization", organization.id(), AuditAction.CREATE,
                        "organization " + organizationName + " (for the innovator roster)");
            } else if (province != null && !province.equals(organization.province())) {
                innovators.setOrganizationProvince(tx, organization.id(), province, now, actor);
                auditLog.record(tx, "organization", organization.id(), AuditAction.UPDATE,
                        "province " + Objects.requireNonNullElse(organization.province(), "-") + " → " + province);
            }
            organizationId = organization.id();
            name = organization.nameTh();
        }
        if (innovators.alreadyOnRoster(tx, organizationId, personId, id)) {
            throw new UserException("roster.alreadyOnRoster", name);
        }
        return new Innovator(id, organizationId, personId, name, draft.kind(), status, joined,
                ThaiText.clean(draft.cohort()), draft.contactPersonId(), draft.consentToPublish());
    }

    private LocalDate today() {
        return Times.toBangkok(Times.nowUtc(clock)).toLocalDate();
    }
}
