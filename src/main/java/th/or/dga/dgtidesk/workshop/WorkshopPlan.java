package th.or.dga.dgtidesk.workshop;

import java.util.List;

/** A workshop with what the planning form edits beside it: its tags and its facilitating staff. */
public record WorkshopPlan(Workshop workshop, List<String> tags, List<String> facilitatorStaffIds) {

    public WorkshopPlan {
        tags = List.copyOf(tags);
        facilitatorStaffIds = List.copyOf(facilitatorStaffIds);
    }
}
