package th.or.dga.dgtidesk.workshop;

import java.util.List;

/**
 * The outcome of a change that can move the waiting list: the registration changed (if any)
 * and everyone promoted from the waiting list because of it, in queue order — the UI says who.
 */
public record SeatChange(Registration registration, List<Registration> promoted) {
}
