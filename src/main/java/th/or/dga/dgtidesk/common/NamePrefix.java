package th.or.dga.dgtidesk.common;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Title prefixes and splitting a full name into prefix, first and last name. Thai writes the
 * prefix joined to the name ("นางสาวสมหญิง ใจดี"), so prefixes are matched longest first (นางสาว
 * before นาง) and only when a name remains after them.
 */
public final class NamePrefix {

    /** The prefixes offered in pickers, most common first. */
    public static final List<String> COMMON = List.of("นาย", "นาง", "นางสาว", "ดร.", "ผศ.", "รศ.", "ศ.",
            "ผศ.ดร.", "รศ.ดร.", "ศ.ดร.", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof.");

    /** A prefix as matched: Latin ones compare without case and need a space or dot after them. */
    private record Known(String text, String lowerCase, boolean latin) {
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A Latin prefix ("Dr", "Mr.") is followed by a space; a Thai one joins the name. */
    private static final Pattern LATIN_END = Pattern.compile(".*[A-Za-z.]$");
    private static final List<Known> KNOWN = Stream.of("นางสาว", "น.ส.", "นาง", "นาย", "ด.ช.", "ด.ญ.", "เด็กชาย",
            "เด็กหญิง", "ผศ.ดร.", "รศ.ดร.", "ศ.ดร.", "ผศ.", "รศ.", "ศ.", "ดร.", "พล.อ.", "พ.ต.อ.", "ว่าที่ร.ต.",
            "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof")
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(text -> new Known(text, text.toLowerCase(Locale.ROOT), text.chars().allMatch(c -> c < 128)))
            .toList();

    private NamePrefix() {
    }

    /**
     * A name as the lists show it: "นางสาวสมหญิง ใจดี", "Dr. John Smith". Thai writes the prefix
     * joined to the first name, Latin prefixes take a space; a missing part is left out.
     */
    public static String join(String prefix, String first, String last) {
        String head = prefix == null ? "" : prefix + (LATIN_END.matcher(prefix).matches() ? " " : "");
        return (head + (first == null ? "" : first) + (last == null ? "" : " " + last)).strip();
    }

    /** A name split into its parts; a missing part is null. */
    public record SplitName(String prefix, String firstName, String lastName) {
    }

    public static SplitName split(String fullName) {
        String text = ThaiText.clean(fullName);
        if (text == null) {
            return new SplitName(null, null, null);
        }
        text = SPACES.matcher(text).replaceAll(" ");
        String lowerCase = text.toLowerCase(Locale.ROOT);
        String prefix = null;
        for (Known known : KNOWN) {
            String candidate = known.text();
            boolean matches = known.latin() ? lowerCase.startsWith(known.lowerCase())
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
