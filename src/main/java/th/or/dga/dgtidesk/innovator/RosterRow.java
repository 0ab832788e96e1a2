package th.or.dga.dgtidesk.innovator;

import java.time.LocalDate;
import java.util.List;

/** An innovator as the roster's cards and table show it; {@code highestTrl} null without assessed solutions. */
public record RosterRow(String id, String name, InnovatorKind kind, RosterStatus status, String province,
        String cohort, LocalDate joinedOn, boolean consentToPublish, List<String> tags, int solutions,
        Integer highestTrl) {
}
