package th.or.dga.dgtidesk.common;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Thai phone numbers. Stored as national digits starting with 0 ("0812345678", "021234567",
 * "038123456"); foreign numbers as "+" and digits. Shown Thai style: mobiles 081-234-5678,
 * Bangkok 02-123-4567, provincial 038-123-456. An extension ("ต่อ 12", "ext. 12", "#12") is
 * dropped: the record keeps the number that reaches the person's organisation.
 */
public final class ThaiPhone {

    private static final Pattern EXTENSION = Pattern.compile("(?i)\\s*(ต่อ|ext\\.?|x|#).*$");
    private static final Pattern ALLOWED = Pattern.compile("\\+?[0-9\\s().-]+");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");

    private ThaiPhone() {
    }

    /** The stored form of {@code input}, or empty when it is not a usable phone number. */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String text = EXTENSION.matcher(ThaiDates.toArabicDigits(input.strip())).replaceAll("").strip();
        if (text.isEmpty() || !ALLOWED.matcher(text).matches()) {
            return Optional.empty();
        }
        String digits = NOT_DIGIT.matcher(text).replaceAll("");
        boolean international = text.startsWith("+") || text.startsWith("00");
        if (international) {
            digits = text.startsWith("00") ? digits.substring(2) : digits;
            if (digits.startsWith("66")) {
                return thai("0" + digits.substring(2).replaceFirst("^0", ""));
            }
            return digits.length() >= 7 && digits.length() <= 15 ? Optional.of("+" + digits) : Optional.empty();
        }
        if (digits.startsWith("66") && digits.length() == 11) {
            return thai("0" + digits.substring(2));
        }
        return thai(digits);
    }

    private static Optional<String> thai(String digits) {
        if (!digits.startsWith("0")) {
            return Optional.empty();
        }
        boolean mobile = digits.length() == 10 && "689".indexOf(digits.charAt(1)) >= 0;
        boolean landline = digits.length() == 9 && "234567".indexOf(digits.charAt(1)) >= 0;
        return mobile || landline ? Optional.of(digits) : Optional.empty();
    }

    /** A stored number shown Thai style; anything else is shown as stored. */
    public static String display(String stored) {
        if (stored == null || stored.startsWith("+") || !stored.matches("0\\d{8,9}")) {
            return stored;
        }
        if (stored.length() == 10) {
            return stored.substring(0, 3) + "-" + stored.substring(3, 6) + "-" + stored.substring(6);
        }
        if (stored.startsWith("02")) {
            return "02-" + stored.substring(2, 5) + "-" + stored.substring(5);
        }
        return stored.substring(0, 3) + "-" + stored.substring(3, 6) + "-" + stored.substring(6);
    }

    /** Phones are stored as digits ("0812345678"), so "081-234" or "+66 81 234" search as digits. */
    public static String asSearched(String query) {
        if (query == null || !query.strip().matches("\\+?[\\d\\s().-]*\\d[\\d\\s().-]*")) {
            return query;
        }
        String digits = query.replaceAll("\\D", "");
        return query.strip().startsWith("+66") ? "0" + digits.substring(2) : digits;
    }
}
