package th.or.dga.dgtidesk.ui.common;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.chrono.ThaiBuddhistChronology;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.common.UserException;

/**
 * Date pickers that show and accept the center's calendar: Buddhist-era years by default
 * ("14/3/2569"), Gregorian when the settings say so. Typed text is read by {@link ThaiDates},
 * so either era is understood.
 */
public final class BuddhistDatePicker {

    private BuddhistDatePicker() {
    }

    public static DatePicker create(CalendarSystem calendar, Messages messages) {
        DatePicker picker = new DatePicker();
        configure(picker, calendar, messages);
        return picker;
    }

    /** Shows and reads {@code calendar}'s dates; the empty field says the expected form in the window's language. */
    public static void configure(DatePicker picker, CalendarSystem calendar, Messages messages) {
        boolean buddhist = calendar == CalendarSystem.BUDDHIST;
        picker.setChronology(buddhist ? ThaiBuddhistChronology.INSTANCE : IsoChronology.INSTANCE);
        picker.setConverter(converter(calendar));
        picker.setPromptText(messages.get(buddhist ? "date.prompt.buddhist" : "date.prompt.gregorian"));
    }

    /**
     * The date the field shows, typed or picked, even before Enter committed it: a date picker
     * keeps its old value until then. Null when the field is empty; a date that cannot be read or
     * cannot exist is refused with its reason.
     */
    public static LocalDate shownDate(DatePicker picker) {
        String typed = picker.getEditor().getText();
        return typed == null || typed.isBlank() ? null : ThaiDates.parseDate(typed);
    }

    public static StringConverter<LocalDate> converter(CalendarSystem calendar) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : ThaiDates.shortDate(date, calendar);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return ThaiDates.parseDate(text);
                } catch (UserException e) {
                    // DatePicker keeps the previous value when the converter gives up.
                    return null;
                }
            }
        };
    }
}
