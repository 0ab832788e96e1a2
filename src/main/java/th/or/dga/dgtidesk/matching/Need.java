package th.or.dga.dgtidesk.matching;

import java.time.LocalDate;
import java.util.List;

/**
 * An agency's need: a problem, not a solution. {@code tags} are tag names; {@code id} null for a
 * need not saved yet.
 */
public record Need(String id, String agencyId, String contactPersonId, String title, String problemStatement,
        String desiredOutcome, List<String> tags, NeedPriority priority, LocalDate receivedOn, boolean isPublic,
        NeedStatus status) {

    public Need {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
