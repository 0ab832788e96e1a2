package th.or.dga.dgtidesk.importing;

import java.util.ArrayList;
import java.util.List;
import th.or.dga.dgtidesk.common.Messages;

/**
 * One row's outcome in the preview, and what the commit writes for it. {@code seat} is null for a
 * people import and for rows that register nobody (rejected, duplicate); {@code match} is the
 * person an existing row is ({@code matchedBy} the message key saying how it was found), {@code sameAsRow} the earlier row a duplicate repeats.
 * For a roster, the outcome is the innovator's, {@code values} its contact person (all null when
 * the row names none) and {@code roster} the innovator; it is null for every other kind of file.
 */
public record RowResult(SourceRow source, RowValues values, RowOutcome outcome, SeatOutcome seat,
        Integer waitlistPosition, KnownPerson match, String matchedBy, Integer sameAsRow, List<Reason> rejections,
        List<Reason> warnings, RosterResult roster) {

    public RowResult {
        rejections = List.copyOf(rejections);
        warnings = List.copyOf(warnings);
    }

    /** A row of a registrations or people file. */
    public RowResult(SourceRow source, RowValues values, RowOutcome outcome, SeatOutcome seat,
            Integer waitlistPosition, KnownPerson match, String matchedBy, Integer sameAsRow, List<Reason> rejections,
            List<Reason> warnings) {
        this(source, values, outcome, seat, waitlistPosition, match, matchedBy, sameAsRow, rejections, warnings, null);
    }

    /** The name the preview shows: the person's, or for a roster the innovator's. */
    public String displayName() {
        if (roster != null) {
            return roster.values().name() == null ? "" : roster.values().name();
        }
        return values.displayName();
    }

    public int row() {
        return source.number();
    }

    /** Everything a reader needs to know about this row: why it was rejected, whom it matched, what was dropped. */
    public List<Reason> explanation() {
        List<Reason> all = new ArrayList<>(rejections);
        if (roster != null) {
            all.addAll(roster.explanation(outcome, sameAsRow));
        } else if (outcome == RowOutcome.DUPLICATE_IN_FILE) {
            all.add(new Reason("import.reason.sameAsRow", sameAsRow));
        } else if (outcome == RowOutcome.EXISTING) {
            all.add(new Reason(matchedBy, match.displayName()));
        }
        all.addAll(warnings);
        return all;
    }

    /** The explanation as one line in the reader's language ("" when there is nothing to say). */
    public String explanation(Messages messages) {
        return String.join("; ", explanation().stream().map(reason -> reason.text(messages)).toList());
    }
}
