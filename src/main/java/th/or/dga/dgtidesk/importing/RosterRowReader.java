package th.or.dga.dgtidesk.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import th.or.dga.dgtidesk.common.InvalidDateException;
import th.or.dga.dgtidesk.common.NamePrefix;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.innovator.InnovatorKind;
import th.or.dga.dgtidesk.innovator.RosterStatus;
import th.or.dga.dgtidesk.tag.TagNames;

/**
 * Reads one row of a roster: the innovator ({@link RosterValues}) and its contact person (read by
 * {@link RowReader}'s rules for names, e-mails, phones and provinces). A row is rejected without an
 * innovator name, without a kind a word names, with a status no word names, with a date that cannot
 * exist, with a bad e-mail, with a contact that has no name or neither e-mail nor phone, or with a
 * consent-to-publish answer that says neither yes nor no. An individual innovator is a person: its
 * name is the contact's when the contact columns name one, else the innovator name split as a full name.
 */
final class RosterRowReader {

    /** A roster row as read: the contact part ({@code row.values()}, null when the row names no contact) and the innovator. */
    record Read(RowReader.ReadRow row, RosterValues roster) {
    }

    private final RowReader people;

    RosterRowReader(List<String> headers, ColumnMapping mapping) {
        this.people = new RowReader(headers, mapping);
    }

    Read read(SourceRow row) {
        List<Reason> rejections = new ArrayList<>();
        List<Reason> warnings = new ArrayList<>();

        String name = people.text(row, ImportField.INNOVATOR_NAME);
        InnovatorKind kind = kind(row, rejections);
        RowReader.Name contactName = people.name(row);
        if (name == null && !(kind == InnovatorKind.INDIVIDUAL && contactName.first() != null)) {
            rejections.add(new Reason("import.reason.noInnovatorName"));
        }
        RosterStatus status = status(row, rejections);
        LocalDate joinedOn = null;
        String rawJoined = people.text(row, ImportField.JOINED_ON);
        if (rawJoined != null) {
            try {
                joinedOn = ThaiDates.parseDate(rawJoined);
            } catch (InvalidDateException e) {
                rejections.add(new Reason("import.reason.badDate", people.header(ImportField.JOINED_ON), rawJoined));
            }
        }
        if (status == null) {
            // No status written: a row with a joining date is an innovator that has joined (the old
            // spreadsheet of a center's members); one without is an application, as a new innovator
            // added by hand is. A coordinator can move either along the roster afterwards.
            status = joinedOn != null ? RosterStatus.ACTIVE : RosterStatus.APPLICANT;
        }
        boolean consent = publishConsent(row, rejections);
        String province = people.province(row, warnings);

        if (kind == InnovatorKind.INDIVIDUAL && contactName.first() == null && name != null) {
            NamePrefix.SplitName split = NamePrefix.split(name);
            contactName = new RowReader.Name(split.prefix(), split.firstName(), split.lastName());
        }
        String rawEmail = people.text(row, ImportField.EMAIL);
        String email = people.email(row, rejections);
        String phone = people.phone(row, warnings);
        boolean hasContact = contactName.first() != null || rawEmail != null
                || people.text(row, ImportField.PHONE) != null;
        if (hasContact && contactName.first() == null) {
            rejections.add(new Reason("import.reason.contactNoName"));
        }
        if (hasContact && rawEmail == null && phone == null) {
            rejections.add(new Reason("import.reason.contactNoReach"));
        }
        people.checkDateLikeCells(row, rejections);

        String solution = people.text(row, ImportField.SOLUTION_NAME);
        String summary = people.text(row, ImportField.SOLUTION_SUMMARY);
        if (solution == null && summary != null) {
            warnings.add(new Reason("import.warning.summaryWithoutSolution"));
        }
        if (kind == InnovatorKind.INDIVIDUAL && contactName.first() != null) {
            name = NamePrefix.join(contactName.prefix(), contactName.first(), contactName.last());
        }
        RowValues contact = hasContact ? new RowValues(contactName.prefix(), contactName.first(), contactName.last(),
                email, phone, kind == null || kind.isPerson() ? null : name, null,
                people.text(row, ImportField.POSITION), province, null, null, List.of()) : null;
        RosterValues roster = new RosterValues(name, kind, status, joinedOn, people.text(row, ImportField.COHORT),
                TagNames.parse(people.text(row, ImportField.FOCUS_TAGS)), consent, province, solution,
                solution == null ? null : summary);
        return new Read(new RowReader.ReadRow(row, contact, List.copyOf(rejections), List.copyOf(warnings)), roster);
    }

    /** The kind a word names; a blank or unknown word rejects the row. */
    private InnovatorKind kind(SourceRow row, List<Reason> rejections) {
        if (people.text(row, ImportField.INNOVATOR_KIND) == null) {
            rejections.add(new Reason("import.reason.noKind"));
            return null;
        }
        return word(row, ImportField.INNOVATOR_KIND, ValueWords::innovatorKind, "import.reason.unknownKind", rejections);
    }

    /** The status a word names, null when blank; an unknown word rejects the row. */
    private RosterStatus status(SourceRow row, List<Reason> rejections) {
        return word(row, ImportField.ROSTER_STATUS, ValueWords::rosterStatus, "import.reason.unknownStatus", rejections);
    }

    private <T> T word(SourceRow row, ImportField field, Function<String, Optional<T>> meaning, String unknownKey,
            List<Reason> rejections) {
        String word = people.text(row, field);
        if (word == null) {
            return null;
        }
        Optional<T> value = meaning.apply(word);
        if (value.isEmpty()) {
            rejections.add(new Reason(unknownKey, word));
        }
        return value.orElse(null);
    }

    /** Blank is "not to be published" (the safe reading); an answer that says neither yes nor no rejects the row. */
    private boolean publishConsent(SourceRow row, List<Reason> rejections) {
        String answer = people.text(row, ImportField.PUBLISH_CONSENT);
        if (answer == null) {
            return false;
        }
        Optional<Boolean> given = ValueWords.consent(answer);
        if (given.isEmpty()) {
            rejections.add(new Reason("import.reason.publishConsentUnclear", answer));
        }
        return given.orElse(false);
    }
}
