package th.or.dga.dgtidesk.matching;

import java.time.LocalDateTime;

/**
 * A match as the pipeline board and table show it. {@code stageChangedAt} is UTC;
 * {@code daysInStage} counts Bangkok calendar days since then. Values in satang.
 */
public record MatchCard(String id, String needId, String needTitle, String agencyName, String solutionName,
        String innovatorName, MatchStage stage, LocalDateTime stageChangedAt, long daysInStage, Integer score,
        Long estimatedValueSatang, Long realisedValueSatang) {
}
