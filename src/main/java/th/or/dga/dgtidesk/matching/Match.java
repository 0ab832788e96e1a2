package th.or.dga.dgtidesk.matching;

import java.time.LocalDateTime;

/** A need paired with a solution, and how far it got. Values in satang. */
public record Match(String id, String needId, String solutionId, MatchStage stage, String stageReason,
        LocalDateTime stageChangedAt, Integer suggestionScore, Long estimatedValueSatang, Long realisedValueSatang) {
}
