package th.or.dga.dgtidesk.people;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import th.or.dga.dgtidesk.audit.AuditAction;
import th.or.dga.dgtidesk.audit.AuditLog;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.search.SearchRepository;
import th.or.dga.dgtidesk.search.SearchTarget;
import th.or.dga.dgtidesk.security.CurrentStaff;

/** The organization list (Thai order, search inside Thai words) and the organization form. */
public final class OrganizationService {

    public static final Set<String> KINDS = Set.of("government_agency", "state_enterprise", "university", "startup",
            "company", "community_group", "other");
    private static final int LIMIT = 2_000;

    private final Transactions transactions;
    private final OrganizationRepository organizations;
    private final SearchRepository search;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;
    private final Clock clock;

    public OrganizationService(Transactions transactions, OrganizationRepository organizations,
            SearchRepository search, CurrentStaff currentStaff, AuditLog auditLog, Clock clock) {
        this.transactions = transactions;
        this.organizations = organizations;
        this.search = search;
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<Organization> list(String text) {
        return transactions.read(dsl -> organizations.list(dsl, text == null || text.isBlank() ? null
                : search.ids(dsl, SearchTarget.ORGANIZATION, text, LIMIT), LIMIT));
    }

    public java.util.Optional<Organization> organization(String id) {
        return transactions.read(dsl -> organizations.byId(dsl, id));
    }

    public List<Organization> ministries() {
        return transactions.read(organizations::ministries);
    }

    /** Saves the form; only a government agency has a parent ministry, and never itself. */
    public Organization update(Organization changed) {
        currentStaff.requireWriter();
        String name = ThaiText.clean(changed.nameTh());
        if (name == null) {
            throw new UserException("organization.nameRequired");
        }
        if (!KINDS.contains(changed.kind())) {
            throw new UserException("organization.kindRequired");
        }
        String parent = "government_agency".equals(changed.kind()) ? changed.parentMinistryId() : null;
        if (changed.id().equals(parent)) {
            throw new UserException("organization.ownParent");
        }
        Organization clean = new Organization(changed.id(), name, ThaiText.clean(changed.nameEn()), changed.kind(),
                parent, null, ThaiText.clean(changed.province()), changed.peopleCount());
        return transactions.write(tx -> {
            organizations.update(tx, clean, Times.nowUtc(clock), currentStaff.idOrNull());
            auditLog.record(tx, "organization", clean.id(), AuditAction.UPDATE, "organization " + name);
            return organizations.byId(tx, clean.id()).orElseThrow();
        });
    }
}
