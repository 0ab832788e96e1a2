package th.or.dga.dgtidesk.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import th.or.dga.dgtidesk.workshop.Workshop;

/**
 * Every row of a file with its outcome, before anything is written, and the counts per outcome.
 * {@code earlier} is set when a file with the same content was imported before; {@code notes} are
 * message keys about the whole file (no consent column, no name column …).
 */
public record ImportPreview(ImportKind kind, SourceTable table, ColumnMapping mapping, Workshop workshop,
        List<RowResult> results, Optional<ImportRepository.EarlierImport> earlier, List<String> notes) {

    public ImportPreview {
        results = List.copyOf(results);
        notes = List.copyOf(notes);
    }

    /**
     * How many rows have each outcome, every outcome present (zero included) in a fixed order:
     * the person's outcome, then for registrations the seat's.
     */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (RowOutcome outcome : RowOutcome.values()) {
            counts.put(outcome.code(), 0);
        }
        if (kind == ImportKind.REGISTRATIONS) {
            for (SeatOutcome seat : SeatOutcome.values()) {
                counts.put(seat.code(), 0);
            }
        }
        for (RowResult result : results) {
            counts.merge(result.outcome().code(), 1, Integer::sum);
            if (result.seat() != null) {
                counts.merge(result.seat().code(), 1, Integer::sum);
            }
        }
        return counts;
    }

    public List<RowResult> rejected() {
        return results.stream().filter(result -> result.outcome() == RowOutcome.REJECTED).toList();
    }

    /** True when no row would be written. */
    public boolean allRejected() {
        return !results.isEmpty() && rejected().size() == results.size();
    }
}
