package th.or.dga.dgtidesk.workshop;

import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.common.UserException;

/** "Already checked in at 09:12": carries the registration so the check-in screen can show it. */
public final class AlreadyCheckedInException extends UserException {

    private static final long serialVersionUID = 1L;

    private final transient Registration registration;

    AlreadyCheckedInException(Registration registration) {
        super("checkin.already", Times.toBangkok(registration.checkedInAt()).toLocalTime()
                .format(java.time.format.DateTimeFormatter.ofPattern("HH:mm")));
        this.registration = registration;
    }

    public Registration registration() {
        return registration;
    }
}
