package th.or.dga.dgtidesk.matching;

import java.util.List;
import java.util.Map;

/**
 * The pipeline board: how many matches each column holds, and the cards it shows — the longest
 * waiting first, at most {@code perColumn} of them (the rest are in the pipeline table).
 */
public record Board(Map<MatchStage, Integer> counts, Map<MatchStage, List<MatchCard>> cards, int perColumn) {

    public List<MatchCard> column(MatchStage stage) {
        return cards.getOrDefault(stage, List.of());
    }

    public int count(MatchStage stage) {
        return counts.getOrDefault(stage, 0);
    }

    /** Matches of the column not shown as cards. */
    public int hidden(MatchStage stage) {
        return count(stage) - column(stage).size();
    }
}
