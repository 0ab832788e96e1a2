package th.or.dga.dgtidesk.importing;

import java.time.LocalDate;
import java.util.List;
import th.or.dga.dgtidesk.innovator.InnovatorKind;
import th.or.dga.dgtidesk.innovator.RosterStatus;

/**
 * The innovator a roster row describes, each value as it will be stored: the name (an
 * organization's or team's; an individual's own), the kind and status as codes of the roster, the
 * focus tags cleaned, and one solution when the row names one. The contact person is the row's
 * {@link RowValues}. A value that could not be read is null; why is in the row's reasons.
 */
public record RosterValues(String name, InnovatorKind kind, RosterStatus status, LocalDate joinedOn, String cohort,
        List<String> tags, boolean consentToPublish, String province, String solutionName, String solutionSummary) {

    public RosterValues {
        tags = List.copyOf(tags);
    }
}
