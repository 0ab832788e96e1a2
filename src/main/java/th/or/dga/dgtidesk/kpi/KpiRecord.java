package th.or.dga.dgtidesk.kpi;

import java.time.LocalDate;

/**
 * One record behind a number on the dashboard: a registration, a person, a workshop, a
 * consultation, a need or a match. {@code statusKey} is the i18n key of its status (or sector);
 * {@code day} is the Bangkok day that put it in the period (null for a person).
 */
public record KpiRecord(Opens opens, String id, LocalDate day, String title, String detail, String statusKey) {

    /** The page a record opens on, by the id it carries. */
    public enum Opens { PERSON, WORKSHOP, CONSULTATION, NEED, MATCH }
}
