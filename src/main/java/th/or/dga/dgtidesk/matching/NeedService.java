package th.or.dga.dgtidesk.matching;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import th.or.dga.dgtidesk.audit.AuditAction;
import th.or.dga.dgtidesk.audit.AuditLog;
import th.or.dga.dgtidesk.common.Ids;
import th.or.dga.dgtidesk.common.Ref;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.search.SearchRepository;
import th.or.dga.dgtidesk.search.SearchTarget;
import th.or.dga.dgtidesk.security.CurrentStaff;

/** Recording agency needs, listing them, and moving their status by hand (closing one, say). */
public final class NeedService {

    /** More hits than this for a text filter would not be read anyway. */
    private static final int TEXT_HITS = 2_000;

    private final Transactions transactions;
    private final NeedRepository needs;
    private final SearchRepository search;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;
    private final Clock clock;

    public NeedService(Transactions transactions, NeedRepository needs, SearchRepository search,
            CurrentStaff currentStaff, AuditLog auditLog, Clock clock) {
        this.transactions = transactions;
        this.needs = needs;
        this.search = search;
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Creates a need (id null: it starts open) or updates one; tags are trimmed, de-duplicated and
     * added to the shared vocabulary. Status is not changed here: see {@link #moveTo}.
     */
    public Need save(Need draft) {
        currentStaff.requireWriter();
        String title = ThaiText.clean(draft.title());
        if (draft.agencyId() == null) {
            throw new UserException("need.agencyRequired");
        }
        if (title == null) {
            throw new UserException("need.titleRequired");
        }
        if (draft.receivedOn() == null) {
            throw new UserException("need.receivedOnRequired");
        }
        Set<String> tags = new LinkedHashSet<>();
        draft.tags().stream().map(ThaiText::clean).filter(t -> t != null).forEach(tags::add);
        return transactions.write(tx -> {
            LocalDateTime now = Times.nowUtc(clock);
            String actor = currentStaff.idOrNull();
            Optional<Need> existing = draft.id() == null ? Optional.empty() : needs.byId(tx, draft.id());
            NeedStatus status = existing.map(Need::status).orElse(NeedStatus.OPEN);
            Need clean = new Need(existing.isPresent() ? draft.id() : Ids.newId(), draft.agencyId(),
                    draft.contactPersonId(), title, ThaiText.clean(draft.problemStatement()),
                    ThaiText.clean(draft.desiredOutcome()), List.copyOf(tags),
                    draft.priority() == null ? NeedPriority.NORMAL : draft.priority(), draft.receivedOn(),
                    draft.isPublic(), status);
            if (existing.isPresent()) {
                needs.update(tx, clean, now, actor);
            } else {
                needs.insert(tx, clean, now, actor);
            }
            needs.setTags(tx, clean.id(), clean.tags(), now, actor);
            auditLog.record(tx, "agency_need", clean.id(), existing.isPresent() ? AuditAction.UPDATE
                    : AuditAction.CREATE, "need " + title);
            return clean;
        });
    }

    /** Moves a need's status forward (open → matching → matched → closed); closed is final. */
    public void moveTo(String needId, NeedStatus to) {
        currentStaff.requireWriter();
        transactions.write(tx -> {
            Need need = needs.byId(tx, needId).orElseThrow(() -> new UserException("match.needNotFound", needId));
            if (!need.status().canMoveTo(to)) {
                throw new UserException("need.illegalMove", need.status().code(), to.code());
            }
            needs.setStatus(tx, needId, to, Times.nowUtc(clock), currentStaff.idOrNull());
            auditLog.record(tx, "agency_need", needId, AuditAction.UPDATE, need.status().code() + " → " + to.code());
            return null;
        });
    }

    public Optional<Need> byId(String needId) {
        return transactions.read(dsl -> needs.byId(dsl, needId));
    }

    /** The needs list, newest first, by the filter; the text is found inside Thai words. */
    public List<NeedRow> list(NeedFilter filter) {
        String text = ThaiText.clean(filter.text());
        return transactions.read(dsl -> needs.list(dsl, filter,
                text == null ? null : search.ids(dsl, SearchTarget.AGENCY_NEED, text, TEXT_HITS)));
    }

    /** The need's agency and contact (null when none), named for its page. */
    public NeedParties parties(Need need) {
        return transactions.read(dsl -> new NeedParties(needs.organizationRef(dsl, need.agencyId()).orElseThrow(),
                need.contactPersonId() == null ? null : needs.personRef(dsl, need.contactPersonId()).orElse(null)));
    }

    /** Who a need is from. */
    public record NeedParties(Ref agency, Ref contact) {
    }

    /** Organizations and people by id, named: who sits on each side of a match, for a consultation about it. */
    public List<Ref> organizations(List<String> ids) {
        return transactions.read(dsl -> ids.stream().filter(java.util.Objects::nonNull)
                .map(id -> needs.organizationRef(dsl, id)).flatMap(Optional::stream).toList());
    }

    public List<Ref> people(List<String> ids) {
        return transactions.read(dsl -> ids.stream().filter(java.util.Objects::nonNull)
                .map(id -> needs.personRef(dsl, id)).flatMap(Optional::stream).toList());
    }

    public List<Ref> agencies() {
        return transactions.read(needs::agencies);
    }

    public List<Ref> peopleOf(String organizationId) {
        return transactions.read(dsl -> needs.peopleOf(dsl, organizationId));
    }
}
