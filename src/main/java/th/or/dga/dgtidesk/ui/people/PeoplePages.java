package th.or.dga.dgtidesk.ui.people;

import java.util.concurrent.Callable;
import th.or.dga.dgtidesk.consultation.ConsultationDraft;
import th.or.dga.dgtidesk.duplicates.DuplicatePair;

/** Moving between the people pages, which stack over the lists inside the People screen. */
interface PeoplePages {

    /** Back to the lists; {@code message} (may be null) is said on the duplicates tab. */
    void lists(String message);

    void person(String personId);

    void merge(DuplicatePair pair);

    /** The consultation editor over the current page; Back returns to it. */
    void consultation(Callable<ConsultationDraft> load);
}
