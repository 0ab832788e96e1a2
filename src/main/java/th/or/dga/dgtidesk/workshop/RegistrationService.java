package th.or.dga.dgtidesk.workshop;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import th.or.dga.dgtidesk.audit.AuditAction;
import th.or.dga.dgtidesk.audit.AuditLog;
import th.or.dga.dgtidesk.common.Ids;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.security.CurrentStaff;

/**
 * The registration rules of DESIGN.md, in one place, each change in one transaction:
 * registered while seats are free, otherwise waitlisted at the end of the queue; one registration
 * per person and workshop; a freed seat or a raised capacity promotes the head of the waiting list
 * at once, in order; capacity never drops below the seats taken; completing a workshop turns
 * registered-but-absent into no-show, and an admin's re-open reverses that.
 */
public final class RegistrationService {

    private final Transactions transactions;
    private final WorkshopRepository workshops;
    private final RegistrationRepository registrations;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;
    private final Clock clock;
    private final CheckinCodes codes = new CheckinCodes();

    public RegistrationService(Transactions transactions, WorkshopRepository workshops,
            RegistrationRepository registrations, CurrentStaff currentStaff, AuditLog auditLog, Clock clock) {
        this.transactions = transactions;
        this.workshops = workshops;
        this.registrations = registrations;
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Registers a person: a seat when one is free, else the end of the waiting list. */
    public Registration register(String workshopId, String personId, RegistrationSource source) {
        currentStaff.requireWriter();
        return transactions.write(tx -> {
            Workshop workshop = workshop(tx, workshopId);
            if (!workshop.status().takesRegistrations()) {
                throw new UserException("registration.workshopNotOpen", workshop.titleTh());
            }
            return place(tx, workshop, personId, source, false);
        });
    }

    /**
     * A walk-in at the door: registered and checked in at once. Past capacity only when the
     * coordinator confirmed it ({@code overCapacityConfirmed}); otherwise a {@link UserException}
     * with key {@code registration.walkInFull} asks for that confirmation.
     */
    public Registration walkIn(String workshopId, String personId, boolean overCapacityConfirmed) {
        currentStaff.requireWriter();
        return transactions.write(tx -> {
            Workshop workshop = workshop(tx, workshopId);
            if (workshop.status() != WorkshopStatus.OPEN && workshop.status() != WorkshopStatus.CLOSED) {
                throw new UserException("registration.workshopNotOpen", workshop.titleTh());
            }
            if (!overCapacityConfirmed && !workshop.unlimited()
                    && registrations.seatsTaken(tx, workshopId) >= workshop.capacity()) {
                throw new UserException("registration.walkInFull", workshop.titleTh(), workshop.capacity());
            }
            return place(tx, workshop, personId, RegistrationSource.WALK_IN, true);
        });
    }

    private Registration place(DSLContext tx, Workshop workshop, String personId, RegistrationSource source,
            boolean checkInNow) {
        LocalDateTime now = Times.nowUtc(clock);
        String actor = currentStaff.idOrNull();
        var existing = registrations.byWorkshopAndPerson(tx, workshop.id(), personId);
        if (existing.isPresent() && existing.get().status() != RegistrationStatus.CANCELLED) {
            throw new AlreadyRegisteredException(existing.get());
        }
        boolean seatFree = checkInNow || workshop.unlimited()
                || registrations.seatsTaken(tx, workshop.id()) < workshop.capacity();
        RegistrationStatus status = checkInNow ? RegistrationStatus.ATTENDED
                : seatFree ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;
        Integer position = status == RegistrationStatus.WAITLISTED ? registrations.waitlistLength(tx, workshop.id()) + 1
                : null;
        LocalDateTime checkedInAt = checkInNow ? now : null;
        Registration registration;
        if (existing.isPresent()) {
            // Someone who cancelled comes back: the same row, a fresh place in line.
            Registration old = existing.get();
            registrations.update(tx, old.id(), status, position, checkedInAt, now, actor);
            registration = new Registration(old.id(), old.workshopId(), personId, status, position,
                    old.registeredAt(), old.source(), checkedInAt, old.checkinCode());
        } else {
            String code = codes.next(candidate -> registrations.checkinCodeTaken(tx, workshop.id(), candidate));
            registration = new Registration(Ids.newId(), workshop.id(), personId, status, position, now,
                    source.code(), checkedInAt, code);
            registrations.insert(tx, registration, now, actor);
        }
        auditLog.record(tx, "registration", registration.id(), AuditAction.CREATE,
                "person " + personId + " → " + workshop.code() + ": " + status.code()
                        + (position == null ? "" : " #" + position) + " (" + source.code() + ")");
        return registration;
    }

    /** Cancels a registration; a freed seat goes to the head of the waiting list at once. */
    public SeatChange cancel(String registrationId) {
        currentStaff.requireWriter();
        return transactions.write(tx -> {
            Registration registration = registration(tx, registrationId);
            LocalDateTime now = Times.nowUtc(clock);
            String actor = currentStaff.idOrNull();
            if (registration.status() == RegistrationStatus.CANCELLED) {
                return new SeatChange(registration, List.of());
            }
            registrations.update(tx, registration.id(), RegistrationStatus.CANCELLED, null, null, now, actor);
            if (registration.status() == RegistrationStatus.WAITLISTED) {
                registrations.moveUpWaitlist(tx, registration.workshopId(), registration.waitlistPosition(), 1, now,
                        actor);
            }
            auditLog.record(tx, "registration", registration.id(), AuditAction.UPDATE,
                    "cancelled (was " + registration.status().code() + ")");
            List<Registration> promoted = promote(tx, workshop(tx, registration.workshopId()));
            return new SeatChange(withStatus(registration, RegistrationStatus.CANCELLED, null, null), promoted);
        });
    }

    /**
     * Sets a new capacity (null = unlimited). Lower than the seats taken is refused; more seats
     * promote from the waiting list at once, in order.
     */
    public SeatChange changeCapacity(String workshopId, Integer capacity) {
        currentStaff.requireWriter();
        if (capacity != null && capacity < 0) {
            throw new UserException("workshop.capacityNegative");
        }
        return transactions.write(tx -> {
            Workshop workshop = workshop(tx, workshopId);
            int taken = registrations.seatsTaken(tx, workshopId);
            if (capacity != null && capacity < taken) {
                throw new UserException("workshop.capacityBelowSeats", capacity, taken);
            }
            workshops.setCapacity(tx, workshopId, capacity, Times.nowUtc(clock), currentStaff.idOrNull());
            auditLog.record(tx, "workshop", workshopId, AuditAction.UPDATE, "capacity "
                    + (workshop.capacity() == null ? "unlimited" : workshop.capacity()) + " → "
                    + (capacity == null ? "unlimited" : capacity));
            return new SeatChange(null, promote(tx, workshop(tx, workshopId)));
        });
    }

    /** Fills free seats from the head of the waiting list, in order; returns who moved up. */
    /**
     * Settles a workshop inside another service's transaction after a registration row was removed
     * there (a merge dropped a person's second registration): a waiting place closes up, and a freed
     * seat goes to the head of the waiting list.
     */
    public List<Registration> settleRemoved(DSLContext tx, String workshopId, RegistrationStatus removedStatus,
            Integer removedWaitlistPosition) {
        if (removedStatus == RegistrationStatus.WAITLISTED && removedWaitlistPosition != null) {
            registrations.moveUpWaitlist(tx, workshopId, removedWaitlistPosition, 1, Times.nowUtc(clock),
                    currentStaff.idOrNull());
        }
        return removedStatus.holdsSeat() ? promote(tx, workshop(tx, workshopId)) : List.of();
    }

    private List<Registration> promote(DSLContext tx, Workshop workshop) {
        if (workshop.status() == WorkshopStatus.COMPLETED || workshop.status() == WorkshopStatus.CANCELLED) {
            return List.of();
        }
        int free = workshop.unlimited() ? Integer.MAX_VALUE
                : workshop.capacity() - registrations.seatsTaken(tx, workshop.id());
        if (free <= 0) {
            return List.of();
        }
        List<Registration> heads = registrations.waitlist(tx, workshop.id(), Math.min(free, 10_000));
        if (heads.isEmpty()) {
            return List.of();
        }
        LocalDateTime now = Times.nowUtc(clock);
        String actor = currentStaff.idOrNull();
        List<Registration> promoted = new ArrayList<>();
        for (Registration head : heads) {
            registrations.update(tx, head.id(), RegistrationStatus.REGISTERED, null, null, now, actor);
            promoted.add(withStatus(head, RegistrationStatus.REGISTERED, null, null));
            auditLog.record(tx, "registration", head.id(), AuditAction.UPDATE,
                    "promoted from waiting list #" + head.waitlistPosition());
        }
        registrations.moveUpWaitlist(tx, workshop.id(), 0, promoted.size(), now, actor);
        return promoted;
    }

    /** Checks a person in. A waitlisted person is checked in only when the coordinator confirmed it. */
    public Registration checkIn(String registrationId, boolean waitlistedConfirmed) {
        currentStaff.requireWriter();
        return transactions.write(tx -> {
            Registration registration = registration(tx, registrationId);
            LocalDateTime now = Times.nowUtc(clock);
            String actor = currentStaff.idOrNull();
            switch (registration.status()) {
                case ATTENDED -> throw new AlreadyCheckedInException(registration);
                case CANCELLED, NO_SHOW -> throw new UserException("checkin.notRegistered");
                case WAITLISTED -> {
                    if (!waitlistedConfirmed) {
                        throw new UserException("checkin.waitlistedConfirm", registration.waitlistPosition());
                    }
                    registrations.moveUpWaitlist(tx, registration.workshopId(), registration.waitlistPosition(), 1,
                            now, actor);
                }
                case REGISTERED -> { }
            }
            registrations.update(tx, registration.id(), RegistrationStatus.ATTENDED, null, now, now, actor);
            auditLog.record(tx, "registration", registration.id(), AuditAction.UPDATE, "checked in");
            return withStatus(registration, RegistrationStatus.ATTENDED, null, now);
        });
    }

    /** Undoes a check-in made by mistake: the person is registered again (their seat is kept). */
    public Registration undoCheckIn(String registrationId) {
        currentStaff.requireWriter();
        return transactions.write(tx -> {
            Registration registration = registration(tx, registrationId);
            if (registration.status() != RegistrationStatus.ATTENDED) {
                return registration;
            }
            registrations.update(tx, registration.id(), RegistrationStatus.REGISTERED, null, null, Times.nowUtc(clock),
                    currentStaff.idOrNull());
            auditLog.record(tx, "registration", registration.id(), AuditAction.UPDATE, "check-in undone");
            return withStatus(registration, RegistrationStatus.REGISTERED, null, null);
        });
    }

    /** Completes a workshop: whoever was registered but never checked in becomes a no-show. */
    public int complete(String workshopId) {
        currentStaff.requireWriter();
        return transactions.write(tx -> {
            Workshop workshop = workshop(tx, workshopId);
            requireTransition(workshop, WorkshopStatus.COMPLETED);
            LocalDateTime now = Times.nowUtc(clock);
            String actor = currentStaff.idOrNull();
            workshops.setStatus(tx, workshopId, WorkshopStatus.COMPLETED, now, actor);
            int noShows = registrations.moveAll(tx, workshopId, RegistrationStatus.REGISTERED, RegistrationStatus.NO_SHOW,
                    now, actor);
            auditLog.record(tx, "workshop", workshopId, AuditAction.UPDATE,
                    "completed; " + noShows + " registered but absent became no-show");
            return noShows;
        });
    }

    /** Re-opens a completed workshop (admins only): no-shows are registered again, the workshop is closed. */
    public int reopen(String workshopId) {
        currentStaff.requireAdmin();
        return transactions.write(tx -> {
            Workshop workshop = workshop(tx, workshopId);
            requireTransition(workshop, WorkshopStatus.CLOSED);
            LocalDateTime now = Times.nowUtc(clock);
            String actor = currentStaff.idOrNull();
            workshops.setStatus(tx, workshopId, WorkshopStatus.CLOSED, now, actor);
            int restored = registrations.moveAll(tx, workshopId, RegistrationStatus.NO_SHOW,
                    RegistrationStatus.REGISTERED, now, actor);
            auditLog.record(tx, "workshop", workshopId, AuditAction.UPDATE,
                    "re-opened; " + restored + " no-show registered again");
            return restored;
        });
    }

    static void requireTransition(Workshop workshop, WorkshopStatus to) {
        if (!workshop.status().next().contains(to)) {
            throw new UserException("workshop.illegalTransition", workshop.status().code(), to.code());
        }
    }

    private Workshop workshop(DSLContext tx, String workshopId) {
        return workshops.byId(tx, workshopId).orElseThrow(() -> new UserException("workshop.notFound", workshopId));
    }

    private Registration registration(DSLContext tx, String registrationId) {
        return registrations.byId(tx, registrationId)
                .orElseThrow(() -> new UserException("registration.notFound", registrationId));
    }

    private static Registration withStatus(Registration r, RegistrationStatus status, Integer position,
            LocalDateTime checkedInAt) {
        return new Registration(r.id(), r.workshopId(), r.personId(), status, position, r.registeredAt(), r.source(),
                checkedInAt, r.checkinCode());
    }
}
