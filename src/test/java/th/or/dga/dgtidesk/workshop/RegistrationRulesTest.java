package th.or.dga.dgtidesk.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;
import static th.or.dga.dgtidesk.db.generated.Tables.REGISTRATION;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.TestCenters;
import th.or.dga.dgtidesk.common.Ids;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.security.Role;

class RegistrationRulesTest {

    @TempDir
    Path folder;

    private CenterContext context;
    private RegistrationService registrations;
    private final List<String> people = new ArrayList<>();

    @BeforeEach
    void setUp() {
        context = TestCenters.setUpCenter(folder);
        registrations = context.registrationService();
        context.database().transactions().write(tx -> {
            LocalDateTime now = LocalDateTime.of(2026, 11, 25, 2, 0);
            for (int i = 0; i < 12; i++) {
                String id = Ids.newId();
                tx.insertInto(PERSON).set(PERSON.ID, id).set(PERSON.FIRST_NAME_TH, "คนที่" + i)
                        .set(PERSON.SORT_KEY, ThaiText.sortKey("คนที่" + i))
                        .set(PERSON.CREATED_AT, now).set(PERSON.UPDATED_AT, now).execute();
                people.add(id);
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Workshop openWorkshop(Integer capacity) {
        Workshop draft = new Workshop(null, "WS-" + Ids.newId().substring(0, 6), "อบรม AI สำหรับงานภาครัฐ", null,
                WorkshopKind.TRAINING, LocalDateTime.of(2026, 12, 1, 9, 0), LocalDateTime.of(2026, 12, 1, 16, 0),
                "ห้องประชุม 1", capacity, null, null, null);
        Workshop workshop = context.workshopService().create(draft);
        return context.workshopService().changeStatus(workshop.id(), WorkshopStatus.OPEN);
    }

    private Registration register(Workshop workshop, int person) {
        return registrations.register(workshop.id(), people.get(person), RegistrationSource.MANUAL);
    }

    /** person index → "status" or "waitlisted#n". */
    private Map<Integer, String> states(Workshop workshop) {
        return context.database().dsl().selectFrom(REGISTRATION).where(REGISTRATION.WORKSHOP_ID.eq(workshop.id()))
                .fetch().stream().collect(Collectors.toMap(r -> people.indexOf(r.getPersonId()),
                        r -> r.getStatus() + (r.getWaitlistPosition() == null ? "" : "#" + r.getWaitlistPosition())));
    }

    @ParameterizedTest(name = "capacity {0}: {1} registrations → {2} seated, {3} waiting")
    @CsvSource(nullValues = "unlimited", value = {
            "2, 5, 2, 3",
            "0, 2, 0, 2",
            "unlimited, 7, 7, 0",
            "5, 5, 5, 0",
    })
    void seatsThenTheWaitingListInOrder(Integer capacity, int count, int seated, int waiting) {
        Workshop workshop = openWorkshop(capacity);
        for (int i = 0; i < count; i++) {
            Registration r = register(workshop, i);
            assertThat(r.status()).isEqualTo(i < seated ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED);
            assertThat(r.waitlistPosition()).isEqualTo(i < seated ? null : i - seated + 1);
            assertThat(r.checkinCode()).hasSize(6).matches("[" + CheckinCodes.ALPHABET + "]+");
        }
        assertThat(states(workshop).values()).filteredOn(s -> s.equals("registered")).hasSize(seated);
        assertThat(states(workshop).values()).filteredOn(s -> s.startsWith("waitlisted")).hasSize(waiting);
    }

    @Test
    void cancellingASeatPromotesTheHeadOfTheWaitingListAndTheQueueMovesUp() {
        Workshop workshop = openWorkshop(2);
        List<Registration> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(register(workshop, i));
        }
        SeatChange change = registrations.cancel(all.get(0).id());
        assertThat(change.promoted()).extracting(Registration::personId).containsExactly(people.get(2));
        assertThat(states(workshop)).containsEntry(0, "cancelled").containsEntry(1, "registered")
                .containsEntry(2, "registered").containsEntry(3, "waitlisted#1").containsEntry(4, "waitlisted#2");
    }

    @Test
    void cancellingAWaiterClosesTheGap() {
        Workshop workshop = openWorkshop(1);
        List<Registration> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            all.add(register(workshop, i));
        }
        SeatChange change = registrations.cancel(all.get(2).id());
        assertThat(change.promoted()).isEmpty();
        assertThat(states(workshop)).containsEntry(1, "waitlisted#1").containsEntry(2, "cancelled")
                .containsEntry(3, "waitlisted#2");
    }

    @Test
    void raisingCapacityPromotesSeveralInOrderAndLoweringBelowSeatsIsRefused() {
        Workshop workshop = openWorkshop(2);
        for (int i = 0; i < 6; i++) {
            register(workshop, i);
        }
        SeatChange raised = registrations.changeCapacity(workshop.id(), 4);
        assertThat(raised.promoted()).extracting(Registration::personId).containsExactly(people.get(2), people.get(3));
        assertThat(states(workshop)).containsEntry(4, "waitlisted#1").containsEntry(5, "waitlisted#2");

        assertThatThrownBy(() -> registrations.changeCapacity(workshop.id(), 3))
                .isInstanceOf(UserException.class).hasMessageContaining("workshop.capacityBelowSeats");
        assertThat(registrations.changeCapacity(workshop.id(), null).promoted()).hasSize(2);
        assertThat(states(workshop).values()).containsOnly("registered");
    }

    @Test
    void aSecondRegistrationSaysSoAndShowsTheExistingOne() {
        Workshop workshop = openWorkshop(1);
        register(workshop, 0);
        Registration waiting = register(workshop, 1);
        assertThatThrownBy(() -> register(workshop, 1))
                .isInstanceOfSatisfying(AlreadyRegisteredException.class,
                        e -> assertThat(e.existing().id()).isEqualTo(waiting.id()));
    }

    @Test
    void someoneWhoCancelledMayComeBackAtTheEndOfTheQueue() {
        Workshop workshop = openWorkshop(1);
        Registration first = register(workshop, 0);
        register(workshop, 1);
        registrations.cancel(first.id());
        Registration again = register(workshop, 0);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(again.waitlistPosition()).isEqualTo(1);
        assertThat(again.checkinCode()).isEqualTo(first.checkinCode());
    }

    @Test
    void registerCancelRegisterSequencesKeepTheWaitingListGapless() {
        Workshop workshop = openWorkshop(3);
        List<Registration> live = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (int step = 0; step < 60; step++) {
            if (live.isEmpty() || random.nextInt(3) > 0) {
                int person = random.nextInt(people.size());
                try {
                    live.add(register(workshop, person));
                } catch (AlreadyRegisteredException e) {
                    // the same person again: the rule holds, nothing changes
                }
            } else {
                Registration gone = live.remove(random.nextInt(live.size()));
                registrations.cancel(gone.id());
            }
            List<Integer> positions = context.database().dsl().select(REGISTRATION.WAITLIST_POSITION)
                    .from(REGISTRATION).where(REGISTRATION.WORKSHOP_ID.eq(workshop.id()),
                            REGISTRATION.STATUS.eq("waitlisted"))
                    .orderBy(REGISTRATION.WAITLIST_POSITION).fetch(REGISTRATION.WAITLIST_POSITION);
            for (int i = 0; i < positions.size(); i++) {
                assertThat(positions.get(i)).as("step %d", step).isEqualTo(i + 1);
            }
            long seated = states(workshop).values().stream().filter("registered"::equals).count();
            assertThat(seated).isLessThanOrEqualTo(3);
            if (!positions.isEmpty()) {
                assertThat(seated).as("nobody waits while a seat is free").isEqualTo(3);
            }
        }
    }

    @Test
    void completingTurnsTheAbsentIntoNoShowsAndOnlyAnAdminReopens() {
        Workshop workshop = openWorkshop(null);
        Registration came = register(workshop, 0);
        register(workshop, 1);
        register(workshop, 2);
        registrations.checkIn(came.id(), false);
        assertThat(registrations.complete(workshop.id())).isEqualTo(2);
        assertThat(states(workshop)).containsEntry(0, "attended").containsEntry(1, "no_show")
                .containsEntry(2, "no_show");
        assertThatThrownBy(() -> register(workshop, 3)).hasMessageContaining("registration.workshopNotOpen");

        context.staffService().add("coord", "ผู้ประสานงาน", Role.COORDINATOR);
        context.staffService().actAs("coord");
        assertThatThrownBy(() -> registrations.reopen(workshop.id())).hasMessageContaining("staff.adminOnly");
        context.staffService().actAs("admin");
        assertThat(registrations.reopen(workshop.id())).isEqualTo(2);
        assertThat(states(workshop)).containsEntry(0, "attended").containsEntry(1, "registered")
                .containsEntry(2, "registered");
    }

    @Test
    void checkInRules() {
        Workshop workshop = openWorkshop(1);
        Registration seated = register(workshop, 0);
        Registration waiting = register(workshop, 1);
        Registration later = register(workshop, 2);

        Registration in = registrations.checkIn(seated.id(), false);
        assertThat(in.checkedInAt()).isNotNull();
        assertThatThrownBy(() -> registrations.checkIn(seated.id(), false))
                .isInstanceOf(AlreadyCheckedInException.class).hasMessageContaining("09:00");
        assertThatThrownBy(() -> registrations.checkIn(waiting.id(), false))
                .hasMessageContaining("checkin.waitlistedConfirm");
        registrations.checkIn(waiting.id(), true);
        assertThat(states(workshop)).containsEntry(1, "attended").containsEntry(2, "waitlisted#1");

        registrations.undoCheckIn(seated.id());
        assertThat(states(workshop)).containsEntry(0, "registered");
        assertThat(later.waitlistPosition()).isEqualTo(2);
    }

    @Test
    void walkInsPastCapacityNeedConfirmation() {
        Workshop workshop = openWorkshop(1);
        register(workshop, 0);
        assertThatThrownBy(() -> registrations.walkIn(workshop.id(), people.get(5), false))
                .hasMessageContaining("registration.walkInFull");
        assertThat(states(workshop)).doesNotContainKey(5);
        Registration walkIn = registrations.walkIn(workshop.id(), people.get(5), true);
        assertThat(walkIn.status()).isEqualTo(RegistrationStatus.ATTENDED);
        assertThat(walkIn.source()).isEqualTo("walk_in");
    }

    @Test
    void theDoorFindsPeopleByCodeOrAnyPartOfTheirName() {
        Workshop workshop = openWorkshop(null);
        Registration first = register(workshop, 0);
        for (int i = 1; i < 12; i++) {
            register(workshop, i);
        }
        ParticipantQueries door = context.participantQueries();
        assertThat(door.checkinMatches(workshop.id(), first.checkinCode().toLowerCase()))
                .extracting(Participant::registrationId).containsExactly(first.id());
        assertThat(door.checkinMatches(workshop.id(), "คนที่11")).extracting(Participant::personId)
                .containsExactly(people.get(11));
        assertThat(door.checkinMatches(workshop.id(), "ที่1")).hasSize(3);
        assertThat(door.checkinMatches(workshop.id(), "คน")).hasSize(8);
        assertThat(door.checkinMatches(workshop.id(), "  ")).isEmpty();
        assertThat(door.participants(workshop.id())).hasSize(12);
    }

    @Test
    void illegalStatusMovesAreRefused() {
        Workshop workshop = openWorkshop(10);
        context.workshopService().changeStatus(workshop.id(), WorkshopStatus.CANCELLED);
        assertThatThrownBy(() -> context.workshopService().changeStatus(workshop.id(), WorkshopStatus.OPEN))
                .hasMessageContaining("workshop.illegalTransition");
        assertThatThrownBy(() -> registrations.complete(workshop.id()))
                .hasMessageContaining("workshop.illegalTransition");
    }
}
