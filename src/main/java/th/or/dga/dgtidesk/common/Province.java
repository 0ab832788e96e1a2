package th.or.dga.dgtidesk.common;

import java.util.Locale;

/**
 * One of Thailand's 77 provinces. {@code code} is the two-digit province code of ISO 3166-2:TH and
 * of the Department of Provincial Administration ("10" is Bangkok), the key the open-data portal
 * and other systems share; the English name is the ISO spelling.
 */
public record Province(String code, String thaiName, String englishName) {

    /** The name in the user's language: English for English, Thai otherwise. */
    public String name(Locale locale) {
        return Messages.isEnglish(locale) ? englishName : thaiName;
    }
}
