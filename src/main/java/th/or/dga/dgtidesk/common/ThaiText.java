package th.or.dga.dgtidesk.common;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/**
 * Thai-aware text handling shared by every feature: NFC normalisation on the way in, and the
 * th-TH collator for dictionary order (the prevowels เ แ โ ใ ไ do not decide the order).
 *
 * <p>Collators are not thread-safe, so each call takes its own instance (cloning is cheap).
 */
public final class ThaiText {

    public static final Locale THAI = Locale.forLanguageTag("th-TH");

    private static final Collator PROTOTYPE = createCollator();

    private ThaiText() {
    }

    private static Collator createCollator() {
        Collator collator = Collator.getInstance(THAI);
        // Tertiary strength: case and tone marks still order, but never make two keys equal.
        collator.setStrength(Collator.TERTIARY);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return collator;
    }

    /** A fresh th-TH collator; use one per thread. */
    public static Collator collator() {
        return (Collator) PROTOTYPE.clone();
    }

    /** Thai dictionary order for plain strings. */
    public static Comparator<String> comparator() {
        Collator collator = collator();
        return (a, b) -> collator.compare(a == null ? "" : a, b == null ? "" : b);
    }

    /**
     * The collator's key bytes for {@code text}: compared bytewise (as SQLite compares BLOBs)
     * they give Thai dictionary order, so an index on them serves sorted pages.
     */
    public static byte[] sortKey(String text) {
        return collator().getCollationKey(nfc(text)).toByteArray();
    }

    /** NFC-normalised, trimmed text; null and blank become null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = nfc(text).strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** NFC-normalised text (never null). */
    public static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
