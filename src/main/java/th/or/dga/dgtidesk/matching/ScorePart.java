package th.or.dga.dgtidesk.matching;

import java.util.List;

/**
 * One reason a solution is suggested, with the points it earned out of {@code maxPoints}.
 * {@code details} fill the reason's text (shared tag names, the words found, the TRL…), which the
 * UI reads from the bundle as {@code suggestion.reason.<kind>}.
 */
public record ScorePart(Kind kind, int points, int maxPoints, List<String> details) {

    /** The parts of a score, with the most each can earn (they add up to 100). */
    public enum Kind {
        TAGS(30), TEXT(35), AREA(15), READINESS(10), TRACK_RECORD(10);

        private final int maxPoints;

        Kind(int maxPoints) {
            this.maxPoints = maxPoints;
        }

        public int maxPoints() {
            return maxPoints;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ScorePart {
        details = List.copyOf(details);
    }
}
