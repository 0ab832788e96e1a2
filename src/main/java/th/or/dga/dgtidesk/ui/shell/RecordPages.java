package th.or.dga.dgtidesk.ui.shell;

import th.or.dga.dgtidesk.kpi.KpiRecord;

/** The pages the window has for records: where a record behind a number on the dashboard opens. */
public interface RecordPages {

    void person(String personId);

    void workshop(String workshopId);

    void consultation(String consultationId);

    /** Opens {@code record} on its page; false when it has none (needs and matches, for now). */
    default boolean open(KpiRecord record) {
        switch (record.opens()) {
            case PERSON -> person(record.id());
            case WORKSHOP -> workshop(record.id());
            case CONSULTATION -> consultation(record.id());
            case NONE -> {
                return false;
            }
        }
        return true;
    }
}
