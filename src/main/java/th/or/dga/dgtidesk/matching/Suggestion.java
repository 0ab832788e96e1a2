package th.or.dga.dgtidesk.matching;

import java.util.List;

/** A solution suggested for a need: its score (0–100) and the parts that make it up, best first. */
public record Suggestion(String solutionId, String solutionName, String innovatorName, String summary, Integer trl,
        int score, List<ScorePart> parts) {

    public Suggestion {
        parts = List.copyOf(parts);
    }

    /** The parts that earned points, the largest first: the reasons to show. */
    public List<ScorePart> reasons() {
        return parts.stream().filter(p -> p.points() > 0)
                .sorted(java.util.Comparator.comparingInt(ScorePart::points).reversed()).toList();
    }
}
