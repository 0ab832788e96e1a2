package th.or.dga.dgtidesk.importing;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import th.or.dga.dgtidesk.common.EmailAddress;
import th.or.dga.dgtidesk.common.InvalidDateException;
import th.or.dga.dgtidesk.common.NamePrefix;
import th.or.dga.dgtidesk.common.Province;
import th.or.dga.dgtidesk.common.Provinces;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.common.ThaiPhone;
import th.or.dga.dgtidesk.common.ThaiText;

/**
 * Reads one source row through a mapping into {@link RowValues}, with the reasons a row must be
 * rejected (no name, a bad e-mail, no way to reach the person, a date that cannot exist, no
 * consent) and the warnings that only drop a value (a phone or province that cannot be read).
 */
final class RowReader {

    /** A cell that looks like a date ("31/2/2569", "2026-02-31 …") must be one, whatever its column. */
    private static final Pattern DATE_LIKE = Pattern.compile(
            "\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{4}(\\D.*)?|\\d{4}-\\d{1,2}-\\d{1,2}([T ].*)?");

    /** A row as read: its values, and what is wrong with it. */
    record ReadRow(SourceRow source, RowValues values, List<Reason> rejections, List<Reason> warnings) {
    }

    private final List<String> headers;
    private final ColumnMapping mapping;

    RowReader(List<String> headers, ColumnMapping mapping) {
        this.headers = headers;
        this.mapping = mapping;
    }

    /** A person's name as read, the prefix split off; {@code first} is null when the row names nobody. */
    record Name(String prefix, String first, String last) {
    }

    ReadRow read(SourceRow row) {
        List<Reason> rejections = new ArrayList<>();
        List<Reason> warnings = new ArrayList<>();

        Name name = name(row);
        if (name.first() == null) {
            rejections.add(new Reason("import.reason.noName"));
        } else if (name.last() == null) {
            warnings.add(new Reason("import.warning.noLastName"));
        }

        String email = email(row, rejections);
        String phone = phone(row, warnings);
        if (text(row, ImportField.EMAIL) == null && phone == null) {
            rejections.add(new Reason("import.reason.noContact"));
        }

        LocalDateTime registeredAt = null;
        String rawTime = text(row, ImportField.REGISTERED_AT);
        if (rawTime != null) {
            try {
                registeredAt = ThaiDates.parseDateTime(rawTime);
            } catch (InvalidDateException e) {
                rejections.add(new Reason("import.reason.badDate", header(ImportField.REGISTERED_AT), rawTime));
            }
        }
        checkDateLikeCells(row, rejections);

        Boolean consent = null;
        int consentColumn = mapping.columnOf(ImportField.CONSENT);
        if (consentColumn >= 0) {
            String answer = row.cell(consentColumn);
            Optional<Boolean> given = ValueWords.consent(answer);
            consent = given.orElse(null);
            if (answer.isBlank()) {
                rejections.add(new Reason("import.reason.consentMissing"));
            } else if (given.isEmpty()) {
                rejections.add(new Reason("import.reason.consentUnclear", answer.strip()));
            } else if (!given.get()) {
                rejections.add(new Reason("import.reason.noConsent"));
            }
        }

        String province = province(row, warnings);
        String kindAnswer = text(row, ImportField.ORGANIZATION_KIND);
        String kind = kindAnswer == null ? null : ValueWords.organizationKind(kindAnswer).orElse(null);
        RowValues values = new RowValues(name.prefix(), name.first(), name.last(), email, phone,
                text(row, ImportField.ORGANIZATION), kind, text(row, ImportField.POSITION), province, consent,
                registeredAt, answers(row));
        return new ReadRow(row, values, List.copyOf(rejections), List.copyOf(warnings));
    }

    /** The name from the prefix, first, last and full-name columns, a prefix typed with the name split off. */
    Name name(SourceRow row) {
        String prefix = text(row, ImportField.NAME_PREFIX);
        String first = text(row, ImportField.FIRST_NAME);
        String last = text(row, ImportField.LAST_NAME);
        String full = text(row, ImportField.FULL_NAME);
        if (first == null && full != null) {
            NamePrefix.SplitName split = NamePrefix.split(full);
            prefix = prefix == null ? split.prefix() : prefix;
            first = split.firstName();
            last = last == null ? split.lastName() : last;
        } else if (prefix == null && first != null) {
            // "นายสมชาย" in the first-name column: the prefix was typed with the name.
            NamePrefix.SplitName split = NamePrefix.split(first + (last == null ? "" : " " + last));
            if (split.prefix() != null) {
                prefix = split.prefix();
                first = split.firstName();
                last = split.lastName();
            }
        }
        return new Name(prefix, first, last);
    }

    /** The e-mail as stored, or null; one that cannot be an address rejects the row. */
    String email(SourceRow row, List<Reason> rejections) {
        String rawEmail = text(row, ImportField.EMAIL);
        if (rawEmail != null && !EmailAddress.isValid(rawEmail)) {
            rejections.add(new Reason("import.reason.badEmail", rawEmail));
            return null;
        }
        return rawEmail == null ? null : EmailAddress.stored(rawEmail);
    }

    /** The phone normalised, or null; one that is not a Thai number is left out with a warning. */
    String phone(SourceRow row, List<Reason> warnings) {
        String rawPhone = text(row, ImportField.PHONE);
        String phone = rawPhone == null ? null : ThaiPhone.normalise(rawPhone).orElse(null);
        if (rawPhone != null && phone == null) {
            warnings.add(new Reason("import.warning.badPhone", rawPhone));
        }
        return phone;
    }

    /** The official Thai name of the province, or null; one that cannot be matched is left out with a warning. */
    String province(SourceRow row, List<Reason> warnings) {
        String rawProvince = text(row, ImportField.PROVINCE);
        String province = rawProvince == null ? null : Provinces.match(rawProvince).map(Province::thaiName).orElse(null);
        if (rawProvince != null && province == null) {
            warnings.add(new Reason("import.warning.unknownProvince", rawProvince));
        }
        return province;
    }

    /** Any cell outside the contact columns that looks like a date must be a date that exists. */
    void checkDateLikeCells(SourceRow row, List<Reason> rejections) {
        for (int column = 0; column < row.cells().size(); column++) {
            ImportField field = mapping.field(column);
            if (field == ImportField.REGISTERED_AT || field == ImportField.JOINED_ON || field == ImportField.PHONE
                    || field == ImportField.EMAIL) {
                continue;
            }
            String cell = row.cell(column);
            if (cell.length() < 8 || !maybeDate(cell)) {
                continue;
            }
            cell = ThaiDates.toArabicDigits(cell).strip();
            if (DATE_LIKE.matcher(cell).matches()) {
                try {
                    ThaiDates.parseDateTime(cell);
                } catch (InvalidDateException e) {
                    rejections.add(new Reason("import.reason.badDate", headerOf(column), cell));
                }
            }
        }
    }

    /** A cheap look before the pattern: a date has a separator among its first five characters. */
    private static boolean maybeDate(String cell) {
        String head = cell.strip();
        for (int i = 1; i < Math.min(head.length(), 5); i++) {
            char c = head.charAt(i);
            if (c == '/' || c == '-' || c == '.') {
                return true;
            }
        }
        return false;
    }

    private List<RowValues.Answer> answers(SourceRow row) {
        List<RowValues.Answer> answers = new ArrayList<>();
        for (int column = 0; column < headers.size(); column++) {
            if (mapping.field(column) != ImportField.CUSTOM_ANSWER) {
                continue;
            }
            String answer = ThaiText.clean(row.cell(column));
            if (answer != null) {
                answers.add(new RowValues.Answer(headerOf(column), answer));
            }
        }
        return answers;
    }

    String text(SourceRow row, ImportField field) {
        int column = mapping.columnOf(field);
        return column < 0 ? null : ThaiText.clean(row.cell(column));
    }

    String header(ImportField field) {
        return headerOf(mapping.columnOf(field));
    }

    private String headerOf(int column) {
        String header = column < headers.size() ? headers.get(column) : "";
        return header.isBlank() ? "#" + (column + 1) : header;
    }
}
