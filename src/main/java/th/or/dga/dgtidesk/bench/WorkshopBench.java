package th.or.dga.dgtidesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.people.PersonListItem;
import th.or.dga.dgtidesk.workshop.Participant;
import th.or.dga.dgtidesk.workshop.Registration;
import th.or.dga.dgtidesk.workshop.RegistrationSource;
import th.or.dga.dgtidesk.workshop.RegistrationStatus;
import th.or.dga.dgtidesk.workshop.Workshop;
import th.or.dga.dgtidesk.workshop.WorkshopKind;
import th.or.dga.dgtidesk.workshop.WorkshopStatus;

/**
 * The workshop paths: a workshop with 500 registrations (300 seats, 200 waiting; fewer at small scale) is made through
 * the services, then its detail, registering, cancel-and-promote and the door's lookups are timed.
 */
final class WorkshopBench {

    private static final String PARTICIPANTS = "SELECT r.id, r.person_id, p.title_prefix, p.first_name_th,"
            + " p.last_name_th, o.name_th, o.kind, p.phone, p.email, r.status, r.waitlist_position, r.registered_at,"
            + " r.source, r.checked_in_at, r.checkin_code FROM registration r JOIN person p ON p.id = r.person_id"
            + " LEFT JOIN organization o ON o.id = p.organization_id WHERE r.workshop_id = ? ORDER BY p.sort_key";
    private static final String BY_CODE = PARTICIPANTS.replace("WHERE r.workshop_id = ?",
            "WHERE r.workshop_id = ? AND r.checkin_code = ?");
    private static final String BY_NAME = "SELECT r.id FROM registration r JOIN person p ON p.id = r.person_id"
            + " JOIN person_fts f ON f.rowid = p.rowid WHERE r.workshop_id = ? AND f.body LIKE ?"
            + " ORDER BY p.sort_key LIMIT 8";

    private final CenterContext context;
    private final Connection floor;
    private final SplittableRandom random;
    private final Workshop workshop;
    private final List<Registration> registrations = new ArrayList<>();
    private final List<String> freshPeople = new ArrayList<>();

    WorkshopBench(CenterContext context, Connection floor, long seed) {
        this.context = context;
        this.floor = floor;
        this.random = new SplittableRandom(seed);
        context.staffService().actAsFirstAdmin();
        LocalDateTime start = LocalDateTime.now().plusDays(7).withHour(9).withMinute(0).withSecond(0).withNano(0);
        Workshop draft = new Workshop(null, "BENCH-" + UUID.randomUUID().toString().substring(0, 8),
                "สัมมนาใหญ่ประจำปี ศูนย์ DGTi", "DGTi annual forum", WorkshopKind.OTHER, start, start.plusHours(7),
                "หอประชุมใหญ่", null, null, null, null);
        this.workshop = context.workshopService().create(draft);
        context.workshopService().changeStatus(workshop.id(), WorkshopStatus.OPEN);
        List<PersonListItem> people = context.peopleQueries().sortedPage(0, 1400);
        // 500 registrations at national scale; the small demo center has fewer people.
        int size = Math.min(500, people.size() * 2 / 3);
        context.registrationService().changeCapacity(workshop.id(), size * 3 / 5);
        for (int i = 0; i < size; i++) {
            registrations.add(context.registrationService().register(workshop.id(), people.get(i).id(),
                    RegistrationSource.MANUAL));
        }
        for (int i = size; i < people.size(); i++) {
            freshPeople.add(people.get(i).id());
        }
    }

    BenchResult detail(int warmUp, int count) throws SQLException {
        Samples samples = new Samples(count);
        Samples plain = new Samples(count);
        try (PreparedStatement statement = floor.prepareStatement(PARTICIPANTS)) {
            statement.setString(1, workshop.id());
            for (int i = 0; i < warmUp + count; i++) {
                Samples.ThrowingRunnable app = () -> context.participantQueries().participants(workshop.id());
                Samples.ThrowingRunnable base = () -> Floors.drain(statement);
                Samples.measure(i >= warmUp, samples, app, plain, base);
            }
        }
        return new BenchResult("workshop-detail", samples.median(), samples.p95(), plain.p95(), count, 100.0,
                "the same 500-row query by plain JDBC");
    }

    /** Registering into the full workshop (each sample a new person, joining the waiting list). */
    BenchResult register(int wanted) throws SQLException {
        int count = Math.min(wanted, freshPeople.size() / 2);
        Samples samples = new Samples(count);
        Samples plain = new Samples(count);
        try (PreparedStatement insert = floor.prepareStatement("INSERT INTO registration (id, workshop_id, person_id,"
                + " status, waitlist_position, registered_at, source, checkin_code, created_at, updated_at)"
                + " VALUES (?, ?, ?, 'waitlisted', ?, ?, 'manual', ?, ?, ?)");
             PreparedStatement undo = floor.prepareStatement("DELETE FROM registration WHERE id = ?")) {
            for (int i = 0; i < count; i++) {
                String person = freshPeople.remove(freshPeople.size() - 1);
                samples.time(() -> registrations.add(context.registrationService().register(workshop.id(), person,
                        RegistrationSource.MANUAL)));
                String id = UUID.randomUUID().toString();
                String stamp = "2026-11-25 02:00:00.000";
                int n = i;
                plain.time(() -> {
                    floor.setAutoCommit(false);
                    insert.setString(1, id);
                    insert.setString(2, workshop.id());
                    insert.setString(3, freshPeople.get(n % freshPeople.size()));
                    insert.setInt(4, 10_000 + n);
                    insert.setString(5, stamp);
                    insert.setString(6, "Z" + n);
                    insert.setString(7, stamp);
                    insert.setString(8, stamp);
                    insert.executeUpdate();
                    floor.commit();
                    floor.setAutoCommit(true);
                });
                undo.setString(1, id);
                undo.executeUpdate();
            }
        }
        return new BenchResult("register", samples.median(), samples.p95(), plain.p95(), count, 20.0,
                "one INSERT in its own transaction by plain JDBC");
    }

    /** Cancelling a seat, which promotes the head of the waiting list. */
    BenchResult cancelPromote(int wanted) throws SQLException {
        List<Registration> seated = new ArrayList<>(registrations.stream()
                .filter(r -> r.status() == RegistrationStatus.REGISTERED).toList());
        int count = Math.min(wanted, seated.size() / 2);
        Samples samples = new Samples(count);
        Samples plain = new Samples(count);
        try (PreparedStatement cancel = floor.prepareStatement(
                "UPDATE registration SET status = status WHERE id = ?");
             PreparedStatement promote = floor.prepareStatement(
                     "UPDATE registration SET waitlist_position = waitlist_position WHERE workshop_id = ?"
                             + " AND status = 'waitlisted' AND waitlist_position = 1");
             PreparedStatement shift = floor.prepareStatement(
                     "UPDATE registration SET waitlist_position = waitlist_position WHERE workshop_id = ?"
                             + " AND status = 'waitlisted' AND waitlist_position > 1")) {
            for (int i = 0; i < count; i++) {
                Registration seat = seated.remove(random.nextInt(seated.size()));
                samples.time(() -> context.registrationService().cancel(seat.id()));
                plain.time(() -> {
                    floor.setAutoCommit(false);
                    cancel.setString(1, seat.id());
                    cancel.executeUpdate();
                    promote.setString(1, workshop.id());
                    promote.executeUpdate();
                    shift.setString(1, workshop.id());
                    shift.executeUpdate();
                    floor.commit();
                    floor.setAutoCommit(true);
                });
            }
        }
        return new BenchResult("cancel-promote", samples.median(), samples.p95(), plain.p95(), count, 20.0,
                "the same three row updates (cancel, promote, move the queue up) in one plain-JDBC transaction");
    }

    BenchResult checkinCode(int warmUp, int count) throws SQLException {
        Samples samples = new Samples(count);
        Samples plain = new Samples(count);
        try (PreparedStatement statement = floor.prepareStatement(BY_CODE)) {
            for (int i = 0; i < warmUp + count; i++) {
                String code = registrations.get(random.nextInt(registrations.size())).checkinCode();
                Samples.ThrowingRunnable app = () -> context.participantQueries().checkinMatches(workshop.id(), code);
                Samples.ThrowingRunnable base = () -> {
                    statement.setString(1, workshop.id());
                    statement.setString(2, code);
                    Floors.drain(statement);
                };
                Samples.measure(i >= warmUp, samples, app, plain, base);
            }
        }
        return new BenchResult("checkin-code", samples.median(), samples.p95(), plain.p95(), count, 20.0,
                "the participant row by code, by plain JDBC");
    }

    BenchResult checkinName(int warmUp, int count) throws SQLException {
        List<Participant> participants = context.participantQueries().participants(workshop.id());
        Samples samples = new Samples(count);
        Samples plain = new Samples(count);
        try (PreparedStatement statement = floor.prepareStatement(BY_NAME)) {
            for (int i = 0; i < warmUp + count; i++) {
                String name = participants.get(random.nextInt(participants.size())).firstNameTh();
                int length = Math.min(name.length(), 3 + random.nextInt(3));
                int from = random.nextInt(name.length() - length + 1);
                String piece = name.substring(from, from + length);
                Samples.ThrowingRunnable app = () -> context.participantQueries().checkinMatches(workshop.id(), piece);
                Samples.ThrowingRunnable base = () -> {
                    statement.setString(1, workshop.id());
                    statement.setString(2, "%" + piece + "%");
                    Floors.drain(statement);
                };
                Samples.measure(i >= warmUp, samples, app, plain, base);
            }
        }
        return new BenchResult("checkin-name", samples.median(), samples.p95(), plain.p95(), count, 20.0,
                "the same LIKE lookup of registration ids by plain JDBC");
    }

}
