package th.or.dga.dgtidesk.importing;

import java.util.List;
import java.util.Map;
import th.or.dga.dgtidesk.workshop.RegistrationStatus;
import th.or.dga.dgtidesk.workshop.Workshop;

/**
 * What the database already holds for the people of one file, read in a few set-based queries:
 * people by e-mail, by phone (an office number may be several people's) and by name key within an organization, organizations by name, and,
 * for registrations, the workshop's seats and who is registered for it.
 */
record KnownData(Map<String, KnownPerson> byEmail, Map<String, List<KnownPerson>> byPhone,
        Map<String, KnownPerson> byNameInOrganization, Map<String, String> organizationIds, Seats seats) {

    /** A workshop's registrations: seats taken, waiting-list length, and each person's registration. */
    record Seats(Workshop workshop, int taken, int waiting, Map<String, Existing> byPerson) {
    }

    /** A registration already there (a cancelled one is taken up again, as registering by hand does). */
    record Existing(String id, RegistrationStatus status) {
    }

    static String nameInOrganization(String nameKey, String organization) {
        return nameKey + "|" + organization;
    }
}
