package th.or.dga.dgtidesk.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Thai people write them: Buddhist-era years (2569 = 2026), day/month/year order, Thai
 * month names. Parsing accepts Buddhist or Gregorian years (a year above 2400 is Buddhist), ISO
 * dates, Thai digits, and the "d/m/yyyy, H:mm:ss" timestamps of online-form exports; it refuses
 * two-digit years and dates that cannot exist.
 */
public final class ThaiDates {

    /** Years above this are Buddhist era; no Gregorian year we meet comes near it. */
    static final int BUDDHIST_THRESHOLD = 2400;

    private static final Pattern DMY = Pattern.compile(
            "(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{2,4})(?:\\s*,?\\s+(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?)?");
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final String[] THAI_SHORT_MONTHS = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
            "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.]?(\\d{2}))?");

    private ThaiDates() {
    }

    /** "14/3/2569" (or "14/3/2026" in the Gregorian calendar). */
    public static String shortDate(LocalDate date, CalendarSystem calendar) {
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + calendar.displayYear(date.getYear());
    }

    /** "14 มี.ค. 2569" in Thai, "14 Mar 2026" in English (with "BE 2569" when Buddhist). */
    public static String mediumDate(LocalDate date, CalendarSystem calendar, Locale locale) {
        int year = calendar.displayYear(date.getYear());
        if (isEnglish(locale)) {
            return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                    + (calendar == CalendarSystem.BUDDHIST ? "BE " + year : year);
        }
        return date.getDayOfMonth() + " " + THAI_SHORT_MONTHS[date.getMonthValue() - 1] + " " + year;
    }

    /** "14 มีนาคม 2569" in Thai, "14 March 2026" in English. */
    public static String longDate(LocalDate date, CalendarSystem calendar, Locale locale) {
        int year = calendar.displayYear(date.getYear());
        Locale language = isEnglish(locale) ? Locale.ENGLISH : ThaiText.THAI;
        String month = date.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, language);
        if (isEnglish(locale) && calendar == CalendarSystem.BUDDHIST) {
            return date.getDayOfMonth() + " " + month + " BE " + year;
        }
        return date.getDayOfMonth() + " " + month + " " + year;
    }

    /** "14/3/2569 09:30". */
    public static String shortDateTime(LocalDateTime dateTime, CalendarSystem calendar) {
        return shortDate(dateTime.toLocalDate(), calendar) + " " + dateTime.toLocalTime()
                .format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** A date typed or imported: "14/3/2569", "14-03-2026", "2026-03-14", Thai digits allowed. */
    public static LocalDate parseDate(String text) {
        return parseDateTime(text, true).toLocalDate();
    }

    /** A date and time: "14/3/2569, 9:05:33", "14/3/2569 09:05", "2026-03-14T09:05"; a bare date is midnight. */
    public static LocalDateTime parseDateTime(String text) {
        return parseDateTime(text, false);
    }

    private static LocalDateTime parseDateTime(String text, boolean dateOnly) {
        String clean = text == null ? "" : toArabicDigits(ThaiText.nfc(text)).strip();
        if (clean.isEmpty()) {
            throw new InvalidDateException("error.date.empty", "");
        }
        Matcher dmy = DMY.matcher(clean);
        Matcher iso = ISO.matcher(clean);
        int day;
        int month;
        String yearText;
        Matcher time;
        if (dmy.matches()) {
            day = Integer.parseInt(dmy.group(1));
            month = Integer.parseInt(dmy.group(2));
            yearText = dmy.group(3);
            time = dmy;
        } else if (iso.matches()) {
            yearText = iso.group(1);
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
            time = iso;
        } else {
            throw new InvalidDateException("error.date.unreadable", clean);
        }
        if (yearText.length() != 4) {
            throw new InvalidDateException("error.date.twoDigitYear", clean);
        }
        int year = Integer.parseInt(yearText);
        int gregorian = year > BUDDHIST_THRESHOLD ? year - CalendarSystem.BE_OFFSET : year;
        int timeGroup = 4;
        try {
            LocalDate date = LocalDate.of(gregorian, month, day);
            if (dateOnly || time.group(timeGroup) == null) {
                return date.atStartOfDay();
            }
            int seconds = time.group(timeGroup + 2) == null ? 0 : Integer.parseInt(time.group(timeGroup + 2));
            return date.atTime(LocalTime.of(Integer.parseInt(time.group(timeGroup)),
                    Integer.parseInt(time.group(timeGroup + 1)), seconds));
        } catch (DateTimeException e) {
            throw new InvalidDateException("error.date.impossible", clean);
        }
    }

    /** A time of day typed the Thai way or the English way: "9", "9.30", "09:30", "0930", "13.00 น.". */
    public static LocalTime parseTime(String text) {
        String clean = text == null ? "" : toArabicDigits(text).replace("น.", "").strip();
        Matcher matcher = TIME.matcher(clean);
        if (!matcher.matches()) {
            throw new InvalidDateException("error.time.unreadable", clean);
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        if (hour > 23 || minute > 59) {
            throw new InvalidDateException("error.time.impossible", clean);
        }
        return LocalTime.of(hour, minute);
    }

    /** Thai digits ๐–๙ as 0–9. */
    public static String toArabicDigits(String text) {
        if (text.chars().noneMatch(c -> c >= '๐' && c <= '๙')) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
        }
        return out.toString();
    }

    private static boolean isEnglish(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
