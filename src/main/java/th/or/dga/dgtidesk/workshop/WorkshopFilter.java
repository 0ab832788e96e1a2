package th.or.dga.dgtidesk.workshop;

import th.or.dga.dgtidesk.common.FiscalYear;

/** What the workshop list is narrowed to; a null part does not narrow. */
public record WorkshopFilter(WorkshopStatus status, WorkshopKind kind, FiscalYear fiscalYear, String text) {

    public static final WorkshopFilter ALL = new WorkshopFilter(null, null, null, null);
}
