package th.or.dga.dgtidesk.duplicates;

import java.util.Set;

/** Two records that may be one, with every reason found; {@code aId} sorts before {@code bId}. */
public record Candidate(String aId, String bId, Set<DuplicateReason> reasons) {
}
