package th.or.dga.dgtidesk.matching;

import java.time.LocalDateTime;

/** One step of a match's history: from, to, when (UTC), who, why. */
public record StageChange(MatchStage from, MatchStage to, LocalDateTime changedAt, String staffId, String reason) {
}
