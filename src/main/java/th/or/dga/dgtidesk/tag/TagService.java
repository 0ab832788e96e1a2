package th.or.dga.dgtidesk.tag;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import th.or.dga.dgtidesk.audit.AuditAction;
import th.or.dga.dgtidesk.audit.AuditLog;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.security.CurrentStaff;

/**
 * The shared tag vocabulary: suggestions while typing, so "IoT" is not typed three ways, and
 * merging two tags when it was anyway.
 */
public final class TagService {

    private final Transactions transactions;
    private final TagRepository tags;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;
    private final Clock clock;

    public TagService(Transactions transactions, TagRepository tags, CurrentStaff currentStaff, AuditLog auditLog,
            Clock clock) {
        this.transactions = transactions;
        this.tags = tags;
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Existing tags containing {@code text}, those starting with it first. */
    public List<String> suggest(String text, int limit) {
        return transactions.read(dsl -> tags.suggest(dsl, text, limit));
    }

    /** Every tag with the number of workshops, innovators, solutions and needs carrying it. */
    public List<TagUsage> usage() {
        return transactions.read(tags::usage);
    }

    /**
     * Moves every link of tag {@code fromId} to tag {@code intoId} and deletes {@code fromId}, in one
     * transaction; the audit entry names both tags and what moved, so the merge can be understood later.
     */
    public TagMerge merge(String fromId, String intoId) {
        currentStaff.requireWriter();
        if (fromId.equals(intoId)) {
            throw new UserException("tag.mergeSame");
        }
        return transactions.write(tx -> {
            TagUsage from = tags.byId(tx, fromId).orElseThrow(() -> new UserException("tag.notFound", fromId));
            TagUsage into = tags.byId(tx, intoId).orElseThrow(() -> new UserException("tag.notFound", intoId));
            LocalDateTime now = Times.nowUtc(clock);
            int[] moved = tags.moveLinks(tx, fromId, intoId, now, currentStaff.idOrNull());
            tags.delete(tx, fromId);
            TagMerge merge = new TagMerge(from.name(), into.name(), moved[0], moved[1], moved[2], moved[3]);
            auditLog.record(tx, "tag", intoId, AuditAction.MERGE, "tag '" + from.name() + "' (" + fromId
                    + ") merged into '" + into.name() + "': links moved — workshops " + merge.workshops()
                    + ", innovators " + merge.innovators() + ", solutions " + merge.solutions() + ", needs "
                    + merge.needs() + "; records that already had both keep one link");
            return merge;
        });
    }
}
