package th.or.dga.dgtidesk.consultation;

import java.util.List;
import th.or.dga.dgtidesk.common.Ref;

/** The organizations and people present at a consultation. */
public record Attendance(List<Ref> organizations, List<Ref> people) {

    public static final Attendance NONE = new Attendance(List.of(), List.of());

    public Attendance {
        organizations = List.copyOf(organizations);
        people = List.copyOf(people);
    }
}
