package th.or.dga.dgtidesk.workshop;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.common.ThaiPhone;
import th.or.dga.dgtidesk.search.SearchRepository;

/** Reading a workshop's participants: the table, and the check-in lookup at the door. */
public final class ParticipantQueries {

    private static final Pattern CODE = Pattern.compile("[" + CheckinCodes.ALPHABET + "]{" + CheckinCodes.LENGTH + "}");
    private static final int MAX_MATCHES = 8;

    private final Transactions transactions;
    private final ParticipantRepository participants;
    private final RegistrationRepository registrations;
    private final SearchRepository search;

    public ParticipantQueries(Transactions transactions, ParticipantRepository participants,
            RegistrationRepository registrations, SearchRepository search) {
        this.transactions = transactions;
        this.participants = participants;
        this.registrations = registrations;
        this.search = search;
    }

    /** Everyone registered for the workshop, in Thai name order, ready for the table. */
    public List<Participant> participants(String workshopId) {
        return transactions.read(dsl -> participants.participants(dsl, workshopId));
    }

    public java.util.Optional<Participant> participant(String registrationId) {
        return transactions.read(dsl -> participants.byRegistrationIds(dsl, List.of(registrationId)).stream()
                .findFirst());
    }

    /**
     * What the door laptop typed or a scanner sent: a short check-in code (exact), or any part of
     * a name, e-mail or phone. At most a handful of matches, in Thai name order.
     */
    public List<Participant> checkinMatches(String workshopId, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        String upper = text.toUpperCase(Locale.ROOT);
        return transactions.read(dsl -> {
            if (CODE.matcher(upper).matches()) {
                var byCode = registrations.byCheckinCode(dsl, workshopId, upper);
                if (byCode.isPresent()) {
                    return participants.byRegistrationIds(dsl, List.of(byCode.get().id()));
                }
            }
            List<String> ids = search.registrationIdsInWorkshop(dsl, workshopId, ThaiPhone.asSearched(text),
                    MAX_MATCHES);
            return participants.byRegistrationIds(dsl, ids);
        });
    }
}
