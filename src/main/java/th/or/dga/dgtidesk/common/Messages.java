package th.or.dga.dgtidesk.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing texts of one language, from {@code i18n/messages_<lang>.properties}
 * (UTF-8). Thai is the default; English is the other supported language.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    public static final Locale THAI = ThaiText.THAI;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(Locale locale) {
        return new Messages("en".equals(locale.getLanguage()) ? ENGLISH : THAI);
    }

    /** "th" or "en" (anything else falls back to Thai). */
    public static Messages ofLanguage(String language) {
        return of("en".equalsIgnoreCase(language) ? ENGLISH : THAI);
    }

    /** Whether texts for {@code locale} are English; every other language gets Thai. */
    public static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key} with {@code arguments} put in its placeholders. */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a bug, but the user still deserves to see something readable.
            return key;
        }
        // Always through MessageFormat, so quotes follow one rule (write '' for ') in every text.
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
