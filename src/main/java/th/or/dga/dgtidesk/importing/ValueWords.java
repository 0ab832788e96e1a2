package th.or.dga.dgtidesk.importing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.innovator.InnovatorKind;
import th.or.dga.dgtidesk.innovator.RosterStatus;

/**
 * Answers people type in forms and lists, read as what they mean: consent words, organization
 * kinds, and a roster's innovator kinds and statuses.
 */
final class ValueWords {

    /** Tried in order: "รัฐวิสาหกิจ" before "รัฐ", "วิสาหกิจชุมชน" before "วิสาหกิจ". */
    private static final List<Words<String>> ORGANIZATION_KINDS = List.of(
            new Words<>("state_enterprise", List.of("รัฐวิสาหกิจ", "stateenterprise", "stateowned")),
            new Words<>("community_group", List.of("ชุมชน", "วิสาหกิจ", "กลุ่ม", "สหกรณ์", "community")),
            new Words<>("government_agency", List.of("หน่วยงานรัฐ", "ราชการ", "ภาครัฐ", "รัฐ", "กระทรวง", "กรม",
                    "government", "publicsector", "agency", "ministry")),
            new Words<>("university", List.of("มหาวิทยาลัย", "สถาบันการศึกษา", "การศึกษา", "วิทยาลัย", "university",
                    "academi", "education", "college")),
            new Words<>("startup", List.of("สตาร์ทอัพ", "สตาร์ตอัพ", "startup")),
            new Words<>("company", List.of("บริษัท", "เอกชน", "company", "private", "business", "sme")));

    /**
     * Tried in order: a university team before a community ("กลุ่มนักศึกษา"), a startup before a
     * company ("บริษัทสตาร์ทอัพ"), an individual before a company ("บุคคลธรรมดา", not "นิติบุคคล").
     */
    private static final List<Words<InnovatorKind>> INNOVATOR_KINDS = List.of(
            new Words<>(InnovatorKind.UNIVERSITY_TEAM, List.of("มหาวิทยาลัย", "นักศึกษา", "สถาบันการศึกษา",
                    "university", "student", "academ")),
            new Words<>(InnovatorKind.STARTUP, List.of("สตาร์ทอัพ", "สตาร์ตอัพ", "startup")),
            new Words<>(InnovatorKind.COMMUNITY, List.of("ชุมชน", "วิสาหกิจ", "กลุ่ม", "สหกรณ์", "community")),
            new Words<>(InnovatorKind.COMPANY, List.of("นิติบุคคล", "บริษัท", "เอกชน", "company", "sme", "corporat",
                    "private", "business")),
            new Words<>(InnovatorKind.INDIVIDUAL, List.of("บุคคล", "ประชาชน", "อิสระ", "individual", "person",
                    "citizen", "freelance")));

    /**
     * Tried in order: "ไม่ได้ดำเนินการ" (inactive, as the roster itself says it) before
     * "ดำเนินการอยู่" (active), "inactive" before "active".
     */
    private static final List<Words<RosterStatus>> ROSTER_STATUSES = List.of(
            new Words<>(RosterStatus.INACTIVE, List.of("ไม่ได้ดำเนินการ", "ไม่ดำเนินการ", "ไม่ใช้งาน", "ไม่active",
                    "พัก", "ยุติ", "ถอนตัว", "หยุด", "inactive", "dormant", "withdrawn", "ended", "stopped")),
            new Words<>(RosterStatus.ALUMNI, List.of("ศิษย์เก่า", "จบ", "สำเร็จ", "alumni", "alumnus", "graduat")),
            new Words<>(RosterStatus.APPLICANT, List.of("ผู้สมัคร", "สมัคร", "รอพิจารณา", "applicant", "applied",
                    "pending")),
            new Words<>(RosterStatus.ACTIVE, List.of("ใช้งาน", "ดำเนินการ", "ปัจจุบัน", "สมาชิก", "บ่มเพาะ", "active",
                    "current", "member", "incubat")));

    private static final List<String> YES = List.of("ยินยอม", "ยอมรับ", "ตกลง", "ใช่", "yes", "y", "agree", "accept",
            "consent", "true", "1", "✓", "✔", "x");
    private static final List<String> NO_PREFIXES = List.of("ไม่", "no", "n", "disagree", "decline", "false", "0",
            "do not", "don't", "not ", "i do not");

    /** Compiled once: an import reads the kind of every row. */
    private static final Pattern SPACE_DASH_DOT = Pattern.compile("[\\s\\-.]");

    private ValueWords() {
    }

    /**
     * The organization kind a word names ("หน่วยงานรัฐ" → government_agency); anything else, such as
     * "ประชาชน" (a private citizen), is "other". Empty for a blank answer.
     */
    static Optional<String> organizationKind(String answer) {
        String key = compact(answer);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Words.first(ORGANIZATION_KINDS, key).orElse("other"));
    }

    /** The innovator kind a word names ("สตาร์ทอัพ", "ทีมมหาวิทยาลัย", "university_team"); empty when none does. */
    static Optional<InnovatorKind> innovatorKind(String answer) {
        return named(INNOVATOR_KINDS, answer);
    }

    /** The roster status a word names ("ศิษย์เก่า", "Active"); empty when none does. */
    static Optional<RosterStatus> rosterStatus(String answer) {
        return named(ROSTER_STATUSES, answer);
    }

    private static <T> Optional<T> named(List<Words<T>> choices, String answer) {
        String key = compact(answer).replace("_", "");
        return key.isEmpty() ? Optional.empty() : Words.first(choices, key);
    }

    /** True for yes, false for no, empty when the answer says neither clearly. */
    static Optional<Boolean> consent(String answer) {
        String text = ThaiText.nfc(answer).strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (String no : NO_PREFIXES) {
            if (text.equals(no.strip()) || (no.length() > 1 && text.startsWith(no))) {
                return Optional.of(false);
            }
        }
        for (String yes : YES) {
            if (yes.length() == 1 ? text.equals(yes) : text.contains(yes)) {
                return Optional.of(true);
            }
        }
        return Optional.empty();
    }

    private static String compact(String text) {
        return SPACE_DASH_DOT.matcher(ThaiText.nfc(text).toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
