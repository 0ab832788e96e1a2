package th.or.dga.dgtidesk.innovator;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import th.or.dga.dgtidesk.audit.AuditAction;
import th.or.dga.dgtidesk.audit.AuditLog;
import th.or.dga.dgtidesk.common.Ids;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.security.CurrentStaff;
import th.or.dga.dgtidesk.tag.TagNames;

/** The solutions an innovator offers: add, edit, and delete one that was never matched to a need. */
public final class SolutionService {

    private final Transactions transactions;
    private final SolutionRepository solutions;
    private final InnovatorRepository innovators;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;
    private final Clock clock;

    public SolutionService(Transactions transactions, SolutionRepository solutions, InnovatorRepository innovators,
            CurrentStaff currentStaff, AuditLog auditLog, Clock clock) {
        this.transactions = transactions;
        this.solutions = solutions;
        this.innovators = innovators;
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Adds a solution to {@code draft.innovatorId()}; the draft's id is ignored. */
    public Solution create(Solution draft) {
        currentStaff.requireWriter();
        Solution solution = validated(Ids.newId(), draft);
        return transactions.write(tx -> {
            Innovator innovator = innovators.byId(tx, solution.innovatorId())
                    .orElseThrow(() -> new UserException("roster.notFound", solution.innovatorId()));
            LocalDateTime now = Times.nowUtc(clock);
            solutions.insert(tx, solution, now, currentStaff.idOrNull());
            auditLog.record(tx, "solution", solution.id(), AuditAction.CREATE, "solution " + solution.name()
                    + " of " + innovator.name() + (solution.trl() == null ? "" : ", TRL " + solution.trl()));
            return solutions.byId(tx, solution.id()).orElseThrow();
        });
    }

    /** Saves every field; the solution stays with its innovator. */
    public Solution update(Solution draft) {
        currentStaff.requireWriter();
        Solution solution = validated(draft.id(), draft);
        return transactions.write(tx -> {
            Solution stored = solutions.byId(tx, solution.id())
                    .orElseThrow(() -> new UserException("roster.solution.notFound", solution.id()));
            solutions.update(tx, solution, Times.nowUtc(clock), currentStaff.idOrNull());
            auditLog.record(tx, "solution", solution.id(), AuditAction.UPDATE, "solution " + solution.name()
                    + (java.util.Objects.equals(stored.trl(), solution.trl()) ? ""
                            : ", TRL " + stored.trl() + " → " + solution.trl()));
            return solutions.byId(tx, solution.id()).orElseThrow();
        });
    }

    /** Deletes a solution; one proposed for a need is kept, since its match history refers to it. */
    public void delete(String solutionId) {
        currentStaff.requireWriter();
        transactions.write(tx -> {
            Solution stored = solutions.byId(tx, solutionId)
                    .orElseThrow(() -> new UserException("roster.solution.notFound", solutionId));
            if (solutions.hasMatches(tx, solutionId)) {
                throw new UserException("roster.solution.hasMatches", stored.name());
            }
            solutions.delete(tx, solutionId);
            auditLog.record(tx, "solution", solutionId, AuditAction.DELETE, "solution " + stored.name());
            return null;
        });
    }

    private static Solution validated(String id, Solution s) {
        String name = ThaiText.clean(s.name());
        if (name == null) {
            throw new UserException("roster.solution.nameRequired");
        }
        if (s.innovatorId() == null) {
            throw new UserException("roster.notFound", "");
        }
        Integer trl = s.trl() == null ? null : Trl.require(s.trl());
        return new Solution(id, s.innovatorId(), name, ThaiText.clean(s.summary()), TagNames.clean(s.tags()), trl,
                s.serviceAreas() == null ? List.of() : List.copyOf(s.serviceAreas()), link(s.link()));
    }

    /** A web address; "example.com/x" is read as https://example.com/x, anything without a host is refused. */
    static String link(String input) {
        String text = ThaiText.clean(input);
        if (text == null) {
            return null;
        }
        // "mailto:x" names its scheme; "example.com:8080/x" is a host and port, so gets https://.
        String withScheme = text.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]*:(?!\\d).*") ? text : "https://" + text;
        try {
            URI uri = new URI(withScheme);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                throw new UserException("roster.solution.badLink", text);
            }
            return withScheme;
        } catch (URISyntaxException e) {
            throw new UserException(e, "roster.solution.badLink", text);
        }
    }
}
