package th.or.dga.dgtidesk.workshop;

import th.or.dga.dgtidesk.common.UserException;

/** A second registration of the same person for the same workshop; carries the existing one to show. */
public final class AlreadyRegisteredException extends UserException {

    private static final long serialVersionUID = 1L;

    private final transient Registration existing;

    AlreadyRegisteredException(Registration existing) {
        super("registration.duplicate", existing.status().code());
        this.existing = existing;
    }

    public Registration existing() {
        return existing;
    }
}
