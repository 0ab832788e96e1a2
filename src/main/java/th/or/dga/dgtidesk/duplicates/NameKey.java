package th.or.dga.dgtidesk.duplicates;

import java.util.Locale;
import th.or.dga.dgtidesk.common.NamePrefix;
import th.or.dga.dgtidesk.common.ThaiText;

/**
 * A name reduced to what identifies a human across messy forms: no title prefix, no spaces,
 * punctuation, lower case, and no Thai tone or silencing marks (่ ้ ๊ ๋ ็ ์), which are the commonest
 * typing slips in Thai names and never the only difference between two real people's names in
 * one organization.
 */
public final class NameKey {

    private static final java.util.regex.Pattern LEGAL_FORM = java.util.regex.Pattern.compile(
            "(?iu)ห้างหุ้นส่วนจำกัด|บริษัท|จำกัด|\\(?มหาชน\\)?|หจก\\.|บจก\\.|\\bco\\.?\\b|\\bltd\\.?|\\blimited\\b|\\bcompany\\b");

    private NameKey() {
    }

    public static String of(String prefix, String first, String last) {
        // A space after the prefix: Latin prefixes ("Mr John") need it, Thai ones are found either way.
        String full = (prefix == null ? "" : prefix + " ") + (first == null ? "" : first) + " "
                + (last == null ? "" : last);
        NamePrefix.SplitName split = NamePrefix.split(full);
        return plain((split.firstName() == null ? "" : split.firstName())
                + (split.lastName() == null ? "" : split.lastName()));
    }

    /**
     * An organization's name key: the legal-form words every company shares ("บริษัท … จำกัด",
     * "Co., Ltd.") are dropped first, or they would make two different companies look alike.
     */
    public static String organization(String name) {
        return plain(LEGAL_FORM.matcher(name == null ? "" : name).replaceAll(" "));
    }

    /** A name reduced by spaces, dots, case and Thai marks, with no prefix to take off. */
    static String plain(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (char c : ThaiText.nfc(name).toLowerCase(Locale.ROOT).toCharArray()) {
            boolean mark = c >= '\u0E47' && c <= '\u0E4E';
            if (!mark && !Character.isWhitespace(c) && ".,-()".indexOf(c) < 0) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
