package th.or.dga.dgtidesk.ui.roster;

import th.or.dga.dgtidesk.innovator.InnovatorDraft;
import th.or.dga.dgtidesk.innovator.Solution;

/** Moving between the roster's pages, which stack over the list inside the Roster screen. */
interface RosterPages {

    /** Back to the list, as it was filtered. */
    void list();

    void innovator(String innovatorId);

    /** The innovator form: {@code draft} null for a new innovator. */
    void innovatorForm(InnovatorDraft draft);

    /** The solution form for an innovator: {@code solution} null for a new one. */
    void solutionForm(String innovatorId, Solution solution);

    void tags();
}
