package th.or.dga.dgtidesk.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
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

    /** Adopted or declined matches stay on the board this many days. */
    public static final int RECENT_DAYS = 30;
    private static final int BOARD_LIMIT = 50_000;
    private static final List<MatchStage> FINAL_STAGES = List.of(MatchStage.ADOPTED, MatchStage.DECLINED);
    private static final List<MatchStage> BOARD_STAGES = List.of(MatchStage.values());
    /** Cards per board column: more is a scroll nobody makes; the table holds every match. */
    public static final int BOARD_COLUMN = 200;

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

    /**
     * Records a project's evaluation: only once it reached pilot or adoption (there is nothing to
     * evaluate before), with a rating of 1 to 5 and a date; the evaluator defaults to the staff
     * member at the desk.
     */
    public Evaluation evaluate(String matchId, Evaluation evaluation) {
        currentStaff.requireWriter();
        if (evaluation.rating() == null || evaluation.rating() < 1 || evaluation.rating() > 5) {
            throw new UserException("match.ratingRange");
        }
        if (evaluation.evaluatedOn() == null) {
            throw new UserException("match.evaluatedOnRequired");
        }
        Evaluation clean = new Evaluation(evaluation.rating(), ThaiText.clean(evaluation.kpis()),
                ThaiText.clean(evaluation.notes()), evaluation.evaluatedOn(),
                evaluation.evaluatorStaffId() == null ? currentStaff.idOrNull() : evaluation.evaluatorStaffId());
        return transactions.write(tx -> {
            Match match = matches.byId(tx, matchId).orElseThrow(() -> new UserException("match.notFound", matchId));
            if (match.stage() != MatchStage.PILOT && match.stage() != MatchStage.ADOPTED) {
                throw new UserException("match.evaluateTooEarly");
            }
            matches.setEvaluation(tx, matchId, clean, Times.nowUtc(clock), currentStaff.idOrNull());
            auditLog.record(tx, "solution_match", matchId, AuditAction.UPDATE, "evaluated " + clean.rating() + "/5");
            return clean;
        });
    }

    /**
     * The pipeline board: every open stage (proposed to pilot, and parked), plus the matches adopted or
     * declined in the last {@value #RECENT_DAYS} days so a move to a final stage stays in sight. Each
     * column counts all its matches and shows the {@value #BOARD_COLUMN} longest waiting; {@code focusId}
     * (may be null), a card just moved, is shown even when it is not among them.
     */
    public Board board(String focusId) {
        LocalDateTime recentSince = Times.nowUtc(clock).minusDays(RECENT_DAYS);
        LocalDate today = today();
        return transactions.read(dsl -> {
            Map<MatchStage, Integer> counts = new EnumMap<>(MatchStage.class);
            Map<MatchStage, List<MatchCard>> cards = new EnumMap<>(MatchStage.class);
            for (MatchStage stage : BOARD_STAGES) {
                LocalDateTime since = FINAL_STAGES.contains(stage) ? recentSince : null;
                counts.put(stage, matches.count(dsl, stage, since));
                cards.put(stage, new ArrayList<>(matches.column(dsl, stage, since, today, BOARD_COLUMN)));
            }
            if (focusId != null) {
                matches.card(dsl, focusId, today).filter(card -> cards.containsKey(card.stage())
                        && cards.get(card.stage()).stream().noneMatch(shown -> shown.id().equals(focusId)))
                        .ifPresent(card -> cards.get(card.stage()).add(card));
            }
            return new Board(counts, cards, BOARD_COLUMN);
        });
    }

    /** The pipeline table: every match in {@code stage} (null: every match), the longest waiting first. */
    public List<MatchCard> table(MatchStage stage) {
        List<MatchStage> stages = stage == null ? List.of(MatchStage.values()) : List.of(stage);
        return transactions.read(dsl -> matches.cards(dsl, stages, List.of(), Times.nowUtc(clock), today(),
                BOARD_LIMIT));
    }

    public List<MatchCard> ofNeed(String needId) {
        return transactions.read(dsl -> matches.cardsOfNeed(dsl, needId, today()));
    }

    /** A match's page: card, parties, evaluation, stage history and the timeline computed from it. */
    public MatchDetail detail(String matchId) {
        return transactions.read(dsl -> {
            MatchCard card = matches.card(dsl, matchId, today())
                    .orElseThrow(() -> new UserException("match.notFound", matchId));
            MatchRepository.Parties parties = matches.parties(dsl, matchId).orElseThrow();
            List<StageChange> history = matches.history(dsl, matchId);
            return new MatchDetail(card, parties.agencyId(), parties.contactPersonId(),
                    parties.innovatorOrganizationId(), parties.innovatorContactId(), parties.evaluation(),
                    parties.stageReason(), history, MatchTimeline.of(parties.needReceivedOn(), history));
        });
    }

    private LocalDate today() {
        return Times.toBangkok(Times.nowUtc(clock)).toLocalDate();
    }

    public List<StageChange> history(String matchId) {
        return transactions.read(dsl -> matches.history(dsl, matchId));
    }
}
