package th.or.dga.dgtidesk.matching;

import java.time.LocalDate;

/** A need as the needs list shows it: with its agency's name and how many matches it has. */
public record NeedRow(String id, String title, String agencyName, NeedPriority priority, LocalDate receivedOn,
        NeedStatus status, boolean isPublic, int matches) {
}
