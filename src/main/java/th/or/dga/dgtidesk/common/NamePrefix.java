package th.or.dga.dgtidesk.common;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Title prefixes and splitting a full name into prefix, first and last name. Thai writes the
 * prefix joined to the name ("นางสาวสมหญิง ใจดี"), so prefixes are matched longest first (นางสาว
 * before นาง) and only when a name remains after them.
 */
public final class NamePrefix {

    /** The prefixes offered in pickers, most common first. */
    public static final List<String> COMMON = List.of("นาย", "นาง", "นางสาว", "ดร.", "ผศ.", "รศ.", "ศ.",
            "ผศ.ดร.", "รศ.ดร.", "ศ.ดร.", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof.");

    private static final List<String> KNOWN = List.of("นางสาว", "น.ส.", "นาง", "นาย", "ด.ช.", "ด.ญ.", "เด็กชาย",
            "เด็กหญิง", "ผศ.ดร.", "รศ.ดร.", "ศ.ดร.", "ผศ.", "รศ.", "ศ.", "ดร.", "พล.อ.", "พ.ต.อ.", "ว่าที่ร.ต.",
            "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof")
            .stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private NamePrefix() {
    }

    /** A name split into its parts; a missing part is null. */
    public record SplitName(String prefix, String firstName, String lastName) {
    }

    public static SplitName split(String fullName) {
        String text = ThaiText.clean(fullName);
        if (text == null) {
            return new SplitName(null, null, null);
        }
        text = text.replaceAll("\\s+", " ");
        String prefix = null;
        for (String candidate : KNOWN) {
            boolean latin = candidate.chars().allMatch(c -> c < 128);
            boolean matches = latin ? text.toLowerCase(Locale.ROOT).startsWith(candidate.toLowerCase(Locale.ROOT))
                    && text.length() > candidate.length()
                    && (candidate.endsWith(".") || text.charAt(candidate.length()) == ' ')
                    : text.startsWith(candidate);
            if (matches && !text.substring(candidate.length()).isBlank()) {
                prefix = candidate;
                text = text.substring(candidate.length()).strip();
                break;
            }
        }
        int space = text.indexOf(' ');
        String first = space < 0 ? text : text.substring(0, space);
        String last = space < 0 ? null : text.substring(space + 1).strip();
        return new SplitName(prefix, first, last == null || last.isEmpty() ? null : last);
    }
}
