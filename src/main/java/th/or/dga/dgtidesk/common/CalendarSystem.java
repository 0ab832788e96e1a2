package th.or.dga.dgtidesk.common;

/** The era dates are shown and typed in: Buddhist (พ.ศ., the Thai default) or Gregorian. */
public enum CalendarSystem {
    BUDDHIST, GREGORIAN;

    /** The difference between a Buddhist-era and a Gregorian year. */
    public static final int BE_OFFSET = 543;

    /** "buddhist" / "gregorian" as stored in the settings; anything else is Buddhist. */
    public static CalendarSystem fromSetting(String value) {
        return "gregorian".equalsIgnoreCase(value) ? GREGORIAN : BUDDHIST;
    }

    public String setting() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The year as shown in this era. */
    public int displayYear(int gregorianYear) {
        return this == BUDDHIST ? gregorianYear + BE_OFFSET : gregorianYear;
    }
}
