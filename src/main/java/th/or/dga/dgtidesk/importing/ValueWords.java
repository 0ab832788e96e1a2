package th.or.dga.dgtidesk.importing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import th.or.dga.dgtidesk.common.ThaiText;

/** Answers people type in forms, read as what they mean: consent words and organization kinds. */
final class ValueWords {

    private record KindWords(String kind, List<String> words) {
    }

    /** Tried in order: "รัฐวิสาหกิจ" before "รัฐ", "วิสาหกิจชุมชน" before "วิสาหกิจ". */
    private static final List<KindWords> KINDS = List.of(
            new KindWords("state_enterprise", List.of("รัฐวิสาหกิจ", "stateenterprise", "stateowned")),
            new KindWords("community_group", List.of("ชุมชน", "วิสาหกิจ", "กลุ่ม", "สหกรณ์", "community")),
            new KindWords("government_agency", List.of("หน่วยงานรัฐ", "ราชการ", "ภาครัฐ", "รัฐ", "กระทรวง", "กรม",
                    "government", "publicsector", "agency", "ministry")),
            new KindWords("university", List.of("มหาวิทยาลัย", "สถาบันการศึกษา", "การศึกษา", "วิทยาลัย", "university",
                    "academi", "education", "college")),
            new KindWords("startup", List.of("สตาร์ทอัพ", "สตาร์ตอัพ", "startup")),
            new KindWords("company", List.of("บริษัท", "เอกชน", "company", "private", "business", "sme")));

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
        // Plain loops, not streams: this runs for every row of a 10,000-row file.
        for (KindWords kind : KINDS) {
            for (String word : kind.words()) {
                if (key.contains(word)) {
                    return Optional.of(kind.kind());
                }
            }
        }
        return Optional.of("other");
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
