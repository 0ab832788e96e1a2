package th.or.dga.dgtidesk.ui.people;

import th.or.dga.dgtidesk.duplicates.DuplicatePair;

/** Moving between the people pages, which stack over the lists inside the People screen. */
interface PeoplePages {

    /** Back to the lists; {@code message} (may be null) is said on the duplicates tab. */
    void lists(String message);

    void person(String personId);

    void merge(DuplicatePair pair);
}
