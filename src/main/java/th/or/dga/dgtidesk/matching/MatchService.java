package th.or.dga.dgtidesk.matching;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import th.or.dga.dgtidesk.audit.AuditAction;
import th.or.dga.dgtidesk.audit.AuditLog;
import th.or.dga.dgtidesk.common.Ids;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.security.CurrentStaff;

/**
 * Following a match from proposal to adoption. Every stage change is dated, attributed and kept
 * in the history; the need moves along (open → matching when first proposed, matched on adoption).
 */
public final class MatchService {

    private final Transactions transactions;
    private final MatchRepository matches;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;
    private final Clock clock;

    public MatchService(Transactions transactions, MatchRepository matches, CurrentStaff currentStaff,
            AuditLog auditLog, Clock clock) {
        this.transactions = transactions;
        this.matches = matches;
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Proposes {@code solutionId} for {@code needId}; the pair can be proposed only once. */
    public Match propose(String needId, String solutionId, Integer suggestionScore) {
        currentStaff.requireWriter();
        return transactions.write(tx -> {
            String needStatus = matches.needStatus(tx, needId)
                    .orElseThrow(() -> new UserException("match.needNotFound", needId));
            if ("closed".equals(needStatus)) {
                throw new UserException("match.needClosed");
            }
            if (matches.byNeedAndSolution(tx, needId, solutionId).isPresent()) {
                throw new UserException("match.duplicate");
            }
            LocalDateTime now = Times.nowUtc(clock);
            String actor = currentStaff.idOrNull();
            Match match = new Match(Ids.newId(), needId, solutionId, MatchStage.PROPOSED, null, now, suggestionScore,
                    null, null);
            matches.insert(tx, match, now, actor);
            matches.addStageChange(tx, match.id(), null, MatchStage.PROPOSED, null, now, actor);
            if ("open".equals(needStatus)) {
                matches.setNeedStatus(tx, needId, "matching", now, actor);
            }
            auditLog.record(tx, "solution_match", match.id(), AuditAction.CREATE,
                    "proposed solution " + solutionId + " for need " + needId);
            return match;
        });
    }

    /** Moves a match to {@code to}; declining or parking needs a reason. */
    public Match moveTo(String matchId, MatchStage to, String reason) {
        currentStaff.requireWriter();
        String why = ThaiText.clean(reason);
        if (to.needsReason() && why == null) {
            throw new UserException("match.reasonRequired");
        }
        return transactions.write(tx -> {
            Match match = matches.byId(tx, matchId).orElseThrow(() -> new UserException("match.notFound", matchId));
            if (!match.stage().canMoveTo(to)) {
                throw new UserException("match.illegalMove", match.stage().code(), to.code());
            }
            LocalDateTime now = Times.nowUtc(clock);
            String actor = currentStaff.idOrNull();
            matches.setStage(tx, matchId, to, to.needsReason() ? why : null, now, actor);
            matches.addStageChange(tx, matchId, match.stage(), to, why, now, actor);
            if (to == MatchStage.ADOPTED) {
                matches.setNeedStatus(tx, match.needId(), "matched", now, actor);
            }
            auditLog.record(tx, "solution_match", matchId, AuditAction.UPDATE,
                    match.stage().code() + " → " + to.code() + (why == null ? "" : ": " + why));
            return new Match(match.id(), match.needId(), match.solutionId(), to, to.needsReason() ? why : null, now,
                    match.suggestionScore(), match.estimatedValueSatang(), match.realisedValueSatang());
        });
    }

    /** Estimated and realised value in satang (null = not known). */
    public void setValues(String matchId, Long estimatedSatang, Long realisedSatang) {
        currentStaff.requireWriter();
        if ((estimatedSatang != null && estimatedSatang < 0) || (realisedSatang != null && realisedSatang < 0)) {
            throw new UserException("match.valueNegative");
        }
        transactions.write(tx -> {
            matches.setValues(tx, matchId, estimatedSatang, realisedSatang, Times.nowUtc(clock),
                    currentStaff.idOrNull());
            auditLog.record(tx, "solution_match", matchId, AuditAction.UPDATE,
                    "values estimated " + estimatedSatang + " realised " + realisedSatang + " satang");
            return null;
        });
    }

    public List<StageChange> history(String matchId) {
        return transactions.read(dsl -> matches.history(dsl, matchId));
    }

    public Map<MatchStage, Integer> pipeline() {
        return transactions.read(matches::pipeline);
    }
}
