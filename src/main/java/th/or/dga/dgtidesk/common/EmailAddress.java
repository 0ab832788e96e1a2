package th.or.dga.dgtidesk.common;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses as stored: checked deliberately plainly, kept lower-case. */
public final class EmailAddress {

    /** One @, something on both sides, a dot in the domain, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private EmailAddress() {
    }

    /** Whether {@code text} (already trimmed) is shaped like an address. */
    public static boolean isValid(String text) {
        return text != null && EMAIL.matcher(text).matches();
    }

    /** The stored form: lower case (addresses are matched case-insensitively). */
    public static String stored(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
