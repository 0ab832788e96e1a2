package th.or.dga.dgtidesk.ui.shell;

import th.or.dga.dgtidesk.kpi.KpiRecord;

/** The pages the window has for records: where a record behind a number on the dashboard opens. */
public interface RecordPages {

    void person(String personId);

    void workshop(String workshopId);

    void consultation(String consultationId);

    void need(String needId);

    void match(String matchId);

    /** Opens {@code record} on its page. */
    default void open(KpiRecord record) {
        switch (record.opens()) {
            case PERSON -> person(record.id());
            case WORKSHOP -> workshop(record.id());
            case CONSULTATION -> consultation(record.id());
            case NEED -> need(record.id());
            case MATCH -> match(record.id());
        }
    }
}
