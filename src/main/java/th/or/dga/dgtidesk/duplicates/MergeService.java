package th.or.dga.dgtidesk.duplicates;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import th.or.dga.dgtidesk.audit.AuditAction;
import th.or.dga.dgtidesk.audit.AuditLog;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.people.PersonFields;
import th.or.dga.dgtidesk.people.PersonRepository;
import th.or.dga.dgtidesk.security.CurrentStaff;
import th.or.dga.dgtidesk.workshop.RegistrationService;

/**
 * Merging two records of one human (or one organization) in one transaction: the kept record takes
 * the fields the coordinator chose, every link moves to it, and the other record stays as a
 * tombstone pointing to it (merged_into_id) so old references still resolve. The audit entry lists
 * the choices and how many rows moved, so the merge can be understood later.
 */
public final class MergeService {

    private final Transactions transactions;
    private final DuplicateRepository duplicates;
    private final MergeRepository merges;
    private final PersonRepository people;
    private final RegistrationService registrations;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;
    private final Clock clock;

    public MergeService(Transactions transactions, DuplicateRepository duplicates, MergeRepository merges,
            PersonRepository people, RegistrationService registrations, CurrentStaff currentStaff, AuditLog auditLog,
            Clock clock) {
        this.transactions = transactions;
        this.duplicates = duplicates;
        this.merges = merges;
        this.people = people;
        this.registrations = registrations;
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** What the merge did: rows moved per link, and registrations dropped as the worse of two. */
    public record MergeReport(Map<String, Integer> moved, int registrationsDropped, int promoted) {
    }

    /**
     * Merges {@code removeId} into the person {@code chosen.id()}; {@code chosen} holds the value
     * picked for each field (from either side).
     */
    public MergeReport mergePeople(PersonFields chosen, String removeId) {
        currentStaff.requireWriter();
        String keepId = chosen.id();
        if (keepId.equals(removeId)) {
            throw new UserException("merge.samePerson");
        }
        if (ThaiText.clean(chosen.firstNameTh()) == null) {
            throw new UserException("person.firstNameRequired");
        }
        return transactions.write(tx -> {
            if (!duplicates.live(tx, keepId) || !duplicates.live(tx, removeId)) {
                throw new UserException("merge.alreadyMerged");
            }
            PersonFields removed = people.fields(tx, removeId).orElseThrow();
            LocalDateTime now = Times.nowUtc(clock);
            String actor = currentStaff.idOrNull();
            List<MergeRepository.DroppedRegistration> dropped = merges.moveRegistrations(tx, keepId, removeId, now,
                    actor);
            int promoted = 0;
            for (MergeRepository.DroppedRegistration registration : dropped) {
                promoted += registrations.settleRemoved(tx, registration.workshopId(), registration.status(),
                        registration.waitlistPosition()).size();
            }
            Map<String, Integer> moved = merges.movePersonLinks(tx, keepId, removeId);
            merges.finishPeople(tx, chosen, removeId, now, actor);
            auditLog.record(tx, "person", keepId, AuditAction.MERGE, "merged person " + removeId + " ("
                    + removed.firstNameTh() + " " + (removed.lastNameTh() == null ? "" : removed.lastNameTh())
                    + ") into " + keepId + "; kept " + chosen + "; moved " + summary(moved) + "; dropped "
                    + dropped.size() + " duplicate registrations, promoted " + promoted);
            return new MergeReport(moved, dropped.size(), promoted);
        });
    }

    public MergeReport mergeOrganizations(String keepId, String removeId) {
        currentStaff.requireWriter();
        if (keepId.equals(removeId)) {
            throw new UserException("merge.samePerson");
        }
        return transactions.write(tx -> {
            String[] removed = duplicates.organization(tx, removeId)
                    .orElseThrow(() -> new UserException("merge.alreadyMerged"));
            LocalDateTime now = Times.nowUtc(clock);
            Map<String, Integer> moved = merges.moveOrganizationLinks(tx, keepId, removeId);
            merges.finishOrganizations(tx, keepId, removeId, now, currentStaff.idOrNull());
            auditLog.record(tx, "organization", keepId, AuditAction.MERGE, "merged organization " + removeId + " ("
                    + removed[1] + ") into " + keepId + "; moved " + summary(moved));
            return new MergeReport(moved, 0, 0);
        });
    }

    private static String summary(Map<String, Integer> moved) {
        return moved.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
