package th.or.dga.dgtidesk.workshop;

import java.time.LocalDateTime;

/** A row of a workshop's participant table (times in UTC). */
public record Participant(String registrationId, String personId, String titlePrefix, String firstNameTh,
        String lastNameTh, String organizationNameTh, String organizationKind, String phone, String email,
        RegistrationStatus status, Integer waitlistPosition, LocalDateTime registeredAt, String source,
        LocalDateTime checkedInAt, String checkinCode) {

    /** The name as lists show it, prefix joined the Thai way. */
    public String displayName() {
        return new th.or.dga.dgtidesk.people.PersonListItem(personId, titlePrefix, firstNameTh, lastNameTh, null, null,
                null).displayName();
    }
}
