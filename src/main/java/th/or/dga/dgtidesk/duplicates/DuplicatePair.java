package th.or.dga.dgtidesk.duplicates;

import java.util.Set;
import th.or.dga.dgtidesk.people.PersonFields;

/** A candidate pair as the review screen shows it: both sides' fields and the reasons. */
public record DuplicatePair(PersonFields a, PersonFields b, Set<DuplicateReason> reasons) {
}
