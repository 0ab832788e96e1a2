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

    private static final Words<ImportField> CONSENT = new Words<>(ImportField.CONSENT,
            List.of("ยินยอม", "ยอมรับ", "consent", "pdpa", "agree"));
    private static final Words<ImportField> EMAIL = new Words<>(ImportField.EMAIL,
            List.of("อีเมล", "อีเมล์", "email", "mail"));
    private static final Words<ImportField> PHONE = new Words<>(ImportField.PHONE,
            List.of("โทร", "เบอร์", "มือถือ", "phone", "mobile", "tel"));
    private static final Words<ImportField> POSITION = new Words<>(ImportField.POSITION,
            List.of("ตำแหน่ง", "position", "jobtitle", "role"));
    private static final Words<ImportField> NAME_PREFIX = new Words<>(ImportField.NAME_PREFIX,
            List.of("คำนำหน้า", "prefix", "title", "salutation"));
    private static final Words<ImportField> PROVINCE = new Words<>(ImportField.PROVINCE,
            List.of("จังหวัด", "province"));
    private static final Words<ImportField> LAST_NAME = new Words<>(ImportField.LAST_NAME,
            List.of("นามสกุล", "สกุล", "lastname", "surname", "familyname"));

    private static final List<Words<ImportField>> RULES = List.of(
            CONSENT,
            new Words<>(ImportField.REGISTERED_AT, List.of("ประทับเวลา", "timestamp", "วันที่ลงทะเบียน",
                    "เวลาลงทะเบียน", "วันเวลาที่ลงทะเบียน", "registeredat", "registrationdate", "submittedat",
                    "submitted")),
            EMAIL, PHONE, POSITION, NAME_PREFIX,
            new Words<>(ImportField.ORGANIZATION_KIND, List.of("ประเภทหน่วยงาน", "ประเภทองค์กร", "ประเภทองค์การ",
                    "organizationtype", "organisationtype", "organizationkind", "sector", "ภาคส่วน")),
            new Words<>(ImportField.ORGANIZATION, List.of("หน่วยงาน", "องค์กร", "องค์การ", "สังกัด", "บริษัท",
                    "organization", "organisation", "agency", "company", "affiliation")),
            PROVINCE,
            new Words<>(ImportField.FULL_NAME, List.of("ชื่อนามสกุล", "ชื่อสกุล", "ชื่อและนามสกุล", "fullname")),
            LAST_NAME,
            new Words<>(ImportField.FIRST_NAME, List.of("ชื่อจริง", "ชื่อ", "firstname", "givenname")));

    /**
     * A roster's headers: "ยินยอมให้เผยแพร่" is consent to publish; "วันที่เข้าร่วม" the joining date
     * (before the contact's e-mail and phone, which a joining date never names); the contact's
     * e-mail and phone before "ผู้ติดต่อ", which their headers repeat ("อีเมลผู้ติดต่อ"); the
     * solution's summary before its name ("รายละเอียดผลงาน"); and a bare "ชื่อ" last, as the
     * innovator's name: on a roster the name column is the team's or company's.
     */
    private static final List<Words<ImportField>> ROSTER_RULES = List.of(
            new Words<>(ImportField.PUBLISH_CONSENT, List.of("เผยแพร่", "publish", "ยินยอม", "consent", "pdpa")),
            new Words<>(ImportField.JOINED_ON, List.of("วันที่เข้าร่วม", "เข้าร่วมเมื่อ", "วันที่เข้าโครงการ",
                    "วันเข้าร่วม", "joined", "joindate", "datejoined")),
            EMAIL, PHONE, POSITION,
            new Words<>(ImportField.INNOVATOR_KIND, List.of("ประเภท", "kind", "type", "category")),
            new Words<>(ImportField.ROSTER_STATUS, List.of("สถานะ", "status")),
            new Words<>(ImportField.COHORT, List.of("รุ่น", "cohort", "batch")),
            new Words<>(ImportField.FOCUS_TAGS, List.of("แท็ก", "แทก", "ความเชี่ยวชาญ", "ด้านที่", "เทคโนโลยี",
                    "tag", "focus", "expertise", "technolog")),
            new Words<>(ImportField.SOLUTION_SUMMARY, List.of("รายละเอียด", "สรุป", "summary", "description")),
            new Words<>(ImportField.SOLUTION_NAME, List.of("โซลูชัน", "โซลูชั่น", "ผลงาน", "ผลิตภัณฑ์", "solution",
                    "product")),
            NAME_PREFIX, PROVINCE,
            new Words<>(ImportField.FULL_NAME, List.of("ผู้ติดต่อ", "ผู้ประสานงาน", "ชื่อนามสกุล", "ชื่อสกุล",
                    "ชื่อและนามสกุล", "contact", "coordinator", "fullname")),
            LAST_NAME,
            new Words<>(ImportField.INNOVATOR_NAME, List.of("ทีม", "องค์กร", "นวัตกร", "บริษัท", "หน่วยงาน",
                    "สตาร์ทอัพ", "สตาร์ตอัพ", "ชื่อ", "innovator", "team", "startup", "organization",
                    "organisation", "company", "name")));
    private static final Map<String, ImportField> EXACT = Map.of("name", ImportField.FULL_NAME);

    private FieldSuggestions() {
    }

    /** The field {@code header} names in a file of {@code kind}, if any rule knows its words. */
    static Optional<ImportField> suggest(ImportKind kind, String header) {
        String key = compact(header);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (kind != ImportKind.ROSTER && EXACT.containsKey(key)) {
            return Optional.of(EXACT.get(key));
        }
        return Words.first(kind == ImportKind.ROSTER ? ROSTER_RULES : RULES, key);
    }

    /** Whether a header cell names a field we know (how the header row is found). */
    static boolean recognised(String header) {
        return suggest(ImportKind.PEOPLE, header).isPresent() || suggest(ImportKind.ROSTER, header).isPresent();
    }

    /** NFC, lower case, without spaces, hyphens, dots, underscores and brackets. */
    private static String compact(String header) {
        return ThaiText.nfc(header).toLowerCase(Locale.ROOT).replaceAll("[\\s\\-._()\\[\\]:/*]", "");
    }
}
