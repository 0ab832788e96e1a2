package th.or.dga.dgtidesk.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * What a roster row does beyond its outcome: the innovator as read, the innovator on the roster it
 * matches ({@code existing}, for an existing row), and for a new innovator what its contact person
 * is: new, a person the database holds ({@code contact}, found as {@code contactMatchedBy} says), or
 * the contact of an earlier row ({@code contactSameAsRow}); {@code contactOutcome} is null when the
 * row names no contact. {@code addsSolution} is true when an existing innovator gets the row's solution.
 */
public record RosterResult(RosterValues values, KnownInnovator existing, RowOutcome contactOutcome,
        KnownPerson contact, String contactMatchedBy, Integer contactSameAsRow, boolean addsSolution) {

    static RosterResult of(RosterValues values) {
        return new RosterResult(values, null, null, null, null, null, false);
    }

    RosterResult existing(KnownInnovator innovator, boolean solution) {
        return new RosterResult(values, innovator, contactOutcome, contact, contactMatchedBy, contactSameAsRow,
                solution);
    }

    RosterResult contact(RowResult planned) {
        return new RosterResult(values, existing, planned.outcome(), planned.match(), planned.matchedBy(),
                planned.sameAsRow(), addsSolution);
    }

    /** How the row's outcome comes about, for the preview and the report. */
    List<Reason> explanation(RowOutcome outcome, Integer sameAsRow) {
        List<Reason> all = new ArrayList<>();
        if (outcome == RowOutcome.DUPLICATE_IN_FILE) {
            all.add(new Reason("import.reason.sameInnovatorAsRow", sameAsRow));
        } else if (outcome == RowOutcome.EXISTING) {
            all.add(new Reason("import.reason.matchesInnovator", existing.name()));
            if (addsSolution) {
                all.add(new Reason("import.reason.addsSolution", values.solutionName()));
            }
        } else if (contactOutcome == RowOutcome.EXISTING) {
            // "import.reason.matchesByEmail" → "import.reason.contact.matchesByEmail"
            all.add(new Reason(contactMatchedBy.replace("import.reason.", "import.reason.contact."),
                    contact.displayName()));
        } else if (contactOutcome == RowOutcome.DUPLICATE_IN_FILE) {
            all.add(new Reason("import.reason.contact.sameAsRow", contactSameAsRow));
        }
        return all;
    }
}
