package th.or.dga.dgtidesk.importing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import th.or.dga.dgtidesk.common.ThaiText;

/**
 * The field a column header names, from the Thai and English words online forms and spreadsheets
 * use. The rules are tried in order, most specific first: "ประเภทหน่วยงาน" (organization kind)
 * before "หน่วยงาน" (organization), "ชื่อ-นามสกุล" (full name) before "นามสกุล" (last name), and the
 * consent question first of all, since its long text mentions personal data and names.
 */
final class FieldSuggestions {

    private record Rule(ImportField field, List<String> words) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(ImportField.CONSENT, List.of("ยินยอม", "ยอมรับ", "consent", "pdpa", "agree")),
            new Rule(ImportField.REGISTERED_AT, List.of("ประทับเวลา", "timestamp", "วันที่ลงทะเบียน", "เวลาลงทะเบียน",
                    "วันเวลาที่ลงทะเบียน", "registeredat", "registrationdate", "submittedat", "submitted")),
            new Rule(ImportField.EMAIL, List.of("อีเมล", "อีเมล์", "email", "mail")),
            new Rule(ImportField.PHONE, List.of("โทร", "เบอร์", "มือถือ", "phone", "mobile", "tel")),
            new Rule(ImportField.POSITION, List.of("ตำแหน่ง", "position", "jobtitle", "role")),
            new Rule(ImportField.NAME_PREFIX, List.of("คำนำหน้า", "prefix", "title", "salutation")),
            new Rule(ImportField.ORGANIZATION_KIND, List.of("ประเภทหน่วยงาน", "ประเภทองค์กร", "ประเภทองค์การ",
                    "organizationtype", "organisationtype", "organizationkind", "sector", "ภาคส่วน")),
            new Rule(ImportField.ORGANIZATION, List.of("หน่วยงาน", "องค์กร", "องค์การ", "สังกัด", "บริษัท",
                    "organization", "organisation", "agency", "company", "affiliation")),
            new Rule(ImportField.PROVINCE, List.of("จังหวัด", "province")),
            new Rule(ImportField.FULL_NAME, List.of("ชื่อนามสกุล", "ชื่อสกุล", "ชื่อและนามสกุล", "fullname")),
            new Rule(ImportField.LAST_NAME, List.of("นามสกุล", "สกุล", "lastname", "surname", "familyname")),
            new Rule(ImportField.FIRST_NAME, List.of("ชื่อจริง", "ชื่อ", "firstname", "givenname")));
    private static final Map<String, ImportField> EXACT = Map.of("name", ImportField.FULL_NAME);

    private FieldSuggestions() {
    }

    /** The field {@code header} names, if any rule knows its words. */
    static Optional<ImportField> suggest(String header) {
        String key = compact(header);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (EXACT.containsKey(key)) {
            return Optional.of(EXACT.get(key));
        }
        for (Rule rule : RULES) {
            if (rule.words().stream().anyMatch(key::contains)) {
                return Optional.of(rule.field());
            }
        }
        return Optional.empty();
    }

    /** Whether a header cell names a field we know (how the header row is found). */
    static boolean recognised(String header) {
        return suggest(header).isPresent();
    }

    /** NFC, lower case, without spaces, hyphens, dots, underscores and brackets. */
    private static String compact(String header) {
        return ThaiText.nfc(header).toLowerCase(Locale.ROOT).replaceAll("[\\s\\-._()\\[\\]:/*]", "");
    }
}
