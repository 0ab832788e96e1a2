package th.or.dga.dgtidesk.center;

/** Center-wide settings kept in the data file, with their defaults. */
public enum Setting {
    /** Folder for automatic backups; empty = "backups" beside the data file. */
    BACKUP_FOLDER("backup.folder", ""),
    /** A second folder (USB or network drive) that receives a copy of every backup. */
    BACKUP_SECOND_FOLDER("backup.secondFolder", ""),
    BACKUP_KEEP_DAYS("backup.keepDays", "14"),
    BACKUP_KEEP_MONTHS("backup.keepMonths", "24"),
    /** "buddhist" or "gregorian": the era of every date shown and picked. */
    CALENDAR("ui.calendar", "buddhist"),
    /** "th" or "en". */
    LANGUAGE("ui.language", "th"),
    /** "light" or "dark". */
    THEME("ui.theme", "light"),
    REPORT_FONT("report.font", "TH Sarabun New");

    private final String key;
    private final String defaultValue;

    Setting(String key, String defaultValue) {
        this.key = key;
        this.defaultValue = defaultValue;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }
}
