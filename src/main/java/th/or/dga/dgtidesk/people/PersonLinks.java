package th.or.dga.dgtidesk.people;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Everything linked to a person, as their page lists it (times in Bangkok). */
public record PersonLinks(List<Attendance> registrations, List<Meeting> consultations, List<Role> innovatorRoles,
        List<Need> needs, List<ConsentEntry> consents) {

    /** A registration: the workshop, its date, and how it went. */
    public record Attendance(String workshopId, String workshopCode, String workshopTitle, LocalDateTime startsAt,
            String status, LocalDateTime checkedInAt) {
    }

    public record Meeting(String consultationId, LocalDateTime heldAt, String kind, String subject) {
    }

    /** An innovator the person is, or is the contact of. */
    public record Role(String innovatorId, String name, String rosterStatus, boolean contact) {
    }

    public record Need(String needId, String title, String status, LocalDate receivedOn) {
    }

    public record ConsentEntry(String kind, String purposes, String noticeVersion, LocalDateTime occurredAt,
            String source) {
    }
}
