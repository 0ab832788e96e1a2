package th.or.dga.dgtidesk.ui.workshop;

import th.or.dga.dgtidesk.workshop.WorkshopPlan;

/** Moving between the workshop pages, which stack over the list inside the Workshops screen. */
interface WorkshopPages {

    void list();

    void detail(String workshopId);

    /**
     * The planning form: {@code plan} null for a blank workshop; {@code returnTo} is the workshop
     * whose page Cancel goes back to, or null for the list.
     */
    void form(WorkshopPlan plan, String returnTo);
}
