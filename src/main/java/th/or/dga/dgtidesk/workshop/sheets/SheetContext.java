package th.or.dga.dgtidesk.workshop.sheets;

import java.util.List;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.workshop.Participant;
import th.or.dga.dgtidesk.workshop.Workshop;

/** Everything a workshop's sheets print, read in one go before the file is written. */
public record SheetContext(String centerName, Workshop workshop, List<Participant> participants,
        CalendarSystem calendar, String fontName, Messages messages) {
}
