package th.or.dga.dgtidesk.importing;

import java.time.LocalDateTime;
import java.util.List;
import th.or.dga.dgtidesk.common.NamePrefix;

/**
 * One row read through the mapping, each value cleaned as it will be stored: e-mail lower-case,
 * phone normalised, province the official Thai name, organization kind a code, registered-at in
 * Bangkok wall-clock time. A value that could not be read is null; why is in the row's reasons.
 */
public record RowValues(String prefix, String firstName, String lastName, String email, String phone,
        String organization, String organizationKind, String position, String province, Boolean consent,
        LocalDateTime registeredAt, List<Answer> answers) {

    /** An answer to a form's own question, kept with the registration. */
    public record Answer(String question, String answer) {
    }

    /** A row that names nobody: a roster row without a contact person. */
    public static final RowValues NONE = new RowValues(null, null, null, null, null, null, null, null, null, null, null,
            List.of());

    public RowValues {
        answers = List.copyOf(answers);
    }

    /** These values naming {@code name} as the organization (what the database is asked about it). */
    RowValues withOrganization(String name) {
        return new RowValues(prefix, firstName, lastName, email, phone, name, organizationKind, position, province,
                consent, registeredAt, answers);
    }

    /** "นายสมชาย ใจดี", as the people list shows a name. */
    public String displayName() {
        return NamePrefix.join(prefix, firstName, lastName);
    }
}
