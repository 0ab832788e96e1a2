package th.or.dga.dgtidesk.duplicates;

import java.time.Clock;
import java.util.List;
import th.or.dga.dgtidesk.audit.AuditAction;
import th.or.dga.dgtidesk.audit.AuditLog;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.people.PersonRepository;
import th.or.dga.dgtidesk.security.CurrentStaff;

/**
 * Finding records that may be one human or one organization: for the whole database on demand
 * (the review screen), or for one person just saved. "Not a duplicate" is remembered, so a pair
 * judged once never comes back.
 */
public final class DuplicateService {

    private static final String PERSON = "person";
    private static final String ORGANIZATION = "organization";

    private final Transactions transactions;
    private final DuplicateRepository repository;
    private final PersonRepository people;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;
    private final Clock clock;

    public DuplicateService(Transactions transactions, DuplicateRepository repository, PersonRepository people,
            CurrentStaff currentStaff, AuditLog auditLog, Clock clock) {
        this.transactions = transactions;
        this.repository = repository;
        this.people = people;
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Every candidate pair of people, without the pairs judged not to be duplicates. */
    public List<Candidate> scanPeople() {
        return transactions.read(dsl -> DuplicateFinder.people(repository.personKeys(dsl),
                repository.dismissed(dsl, PERSON)));
    }

    /**
     * The candidates that involve one person (after a save): the same rules as the full scan, run
     * only over the people who could pair with them (same organization, e-mail, phone or first name).
     */
    public List<Candidate> candidatesFor(String personId) {
        return transactions.read(dsl -> DuplicateFinder.people(repository.personKeysNear(dsl, personId),
                        repository.dismissed(dsl, PERSON)).stream()
                .filter(c -> c.aId().equals(personId) || c.bId().equals(personId)).toList());
    }

    /** The pairs with both sides' fields, for the review screen. */
    public List<DuplicatePair> peoplePairs(List<Candidate> candidates) {
        return transactions.read(dsl -> candidates.stream().map(c -> new DuplicatePair(
                people.fields(dsl, c.aId()).orElseThrow(), people.fields(dsl, c.bId()).orElseThrow(),
                c.reasons())).toList());
    }

    public List<OrganizationPair> scanOrganizations() {
        return transactions.read(dsl -> DuplicateFinder.organizations(repository.organizationKeysByKind(dsl),
                        repository.dismissed(dsl, ORGANIZATION)).stream()
                .map(c -> {
                    String[] a = repository.organization(dsl, c.aId()).orElseThrow();
                    String[] b = repository.organization(dsl, c.bId()).orElseThrow();
                    return new OrganizationPair(a[0], a[1], b[0], b[1], a[2], c.reasons());
                }).toList());
    }

    public void notDuplicatePeople(String aId, String bId) {
        dismiss(PERSON, aId, bId);
    }

    public void notDuplicateOrganizations(String aId, String bId) {
        dismiss(ORGANIZATION, aId, bId);
    }

    private void dismiss(String entity, String x, String y) {
        currentStaff.requireWriter();
        String a = x.compareTo(y) < 0 ? x : y;
        String b = a.equals(x) ? y : x;
        transactions.write(tx -> {
            repository.dismiss(tx, entity, a, b, Times.nowUtc(clock), currentStaff.idOrNull());
            auditLog.record(tx, entity, a, AuditAction.UPDATE, "not a duplicate of " + b);
            return null;
        });
    }
}
