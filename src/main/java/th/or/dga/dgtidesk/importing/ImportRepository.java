package th.or.dga.dgtidesk.importing;

import static th.or.dga.dgtidesk.db.generated.Tables.CONSENT;
import static th.or.dga.dgtidesk.db.generated.Tables.DATA_IMPORT;
import static th.or.dga.dgtidesk.db.generated.Tables.IMPORT_MAPPING;
import static th.or.dga.dgtidesk.db.generated.Tables.INNOVATOR;
import static th.or.dga.dgtidesk.db.generated.Tables.ORGANIZATION;
import static th.or.dga.dgtidesk.db.generated.Tables.PERSON;
import static th.or.dga.dgtidesk.db.generated.Tables.REGISTRATION;
import static th.or.dga.dgtidesk.db.generated.Tables.REGISTRATION_ANSWER;
import static th.or.dga.dgtidesk.db.generated.Tables.SOLUTION;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Table;
import th.or.dga.dgtidesk.common.Ids;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.duplicates.NameKey;
import th.or.dga.dgtidesk.workshop.RegistrationRepository;
import th.or.dga.dgtidesk.workshop.RegistrationStatus;
import th.or.dga.dgtidesk.workshop.Workshop;

/**
 * The SQL of imports: what the database knows of a file's people, read set-based in chunks (a
 * form of 10,000 rows is a few dozen queries, not 30,000), the batched writes of a commit, saved
 * mappings and the record of each import.
 */
public final class ImportRepository {

    /** Bind values per IN list: well below SQLite's limit, large enough to keep queries few. */
    private static final int CHUNK = 500;

    private final RegistrationRepository registrations;

    public ImportRepository(RegistrationRepository registrations) {
        this.registrations = registrations;
    }

    /** An earlier import of a file with the same content. */
    public record EarlierImport(String fileName, LocalDateTime importedAtBangkok) {
    }

    KnownData known(DSLContext dsl, List<RowValues> rows, Workshop workshop) {
        Set<String> emails = new HashSet<>();
        Set<String> phones = new HashSet<>();
        Set<String> organizations = new HashSet<>();
        for (RowValues row : rows) {
            addIfPresent(emails, row.email());
            addIfPresent(phones, row.phone());
            addIfPresent(organizations, row.organization());
        }
        Map<String, String> organizationIds = new HashMap<>();
        Map<String, String> organizationNames = new HashMap<>();
        inChunks(organizations, chunk -> dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME_TH).from(ORGANIZATION)
                .where(ORGANIZATION.NAME_TH.in(chunk), ORGANIZATION.MERGED_INTO_ID.isNull())
                .forEach(r -> {
                    organizationIds.putIfAbsent(r.value2(), r.value1());
                    organizationNames.put(r.value1(), r.value2());
                }));
        Map<String, KnownPerson> byEmail = new HashMap<>();
        Map<String, List<KnownPerson>> byPhone = new HashMap<>();
        inChunks(emails, chunk -> people(dsl, PERSON.EMAIL.in(chunk), organizationNames,
                person -> byEmail.putIfAbsent(person.email(), person)));
        inChunks(phones, chunk -> people(dsl, PERSON.PHONE.in(chunk), organizationNames,
                person -> byPhone.computeIfAbsent(person.phone(), phone -> new ArrayList<>()).add(person)));
        Map<String, KnownPerson> byName = new HashMap<>();
        inChunks(organizationIds.values(), chunk -> people(dsl, PERSON.ORGANIZATION_ID.in(chunk), organizationNames,
                person -> byName.putIfAbsent(KnownData.nameInOrganization(person.nameKey(), person.organizationName()),
                        person)));
        return new KnownData(byEmail, byPhone, byName, organizationIds, workshop == null ? null : seats(dsl, workshop));
    }

    /**
     * Every innovator on the roster with the keys of its solutions' names: a roster is hundreds of
     * innovators, read whole in two queries.
     */
    List<KnownInnovator> innovators(DSLContext dsl) {
        Map<String, Set<String>> solutions = new HashMap<>();
        dsl.select(SOLUTION.INNOVATOR_ID, SOLUTION.NAME).from(SOLUTION).forEach(r -> solutions
                .computeIfAbsent(r.value1(), id -> new HashSet<>()).add(RosterPlanner.solutionKey(r.value2())));
        return dsl.select(INNOVATOR.ID, INNOVATOR.NAME, INNOVATOR.ORGANIZATION_ID, INNOVATOR.PERSON_ID)
                .from(INNOVATOR).orderBy(INNOVATOR.CREATED_AT)
                .fetch(r -> new KnownInnovator(r.value1(), r.value2(), r.value3(), r.value4(),
                        solutions.getOrDefault(r.value1(), Set.of())));
    }

    private KnownData.Seats seats(DSLContext dsl, Workshop workshop) {
        Map<String, KnownData.Existing> byPerson = new HashMap<>();
        dsl.select(REGISTRATION.PERSON_ID, REGISTRATION.ID, REGISTRATION.STATUS).from(REGISTRATION)
                .where(REGISTRATION.WORKSHOP_ID.eq(workshop.id()))
                .forEach(r -> byPerson.put(r.value1(),
                        new KnownData.Existing(r.value2(), RegistrationStatus.fromCode(r.value3()))));
        return new KnownData.Seats(workshop, registrations.seatsTaken(dsl, workshop.id()),
                registrations.waitlistLength(dsl, workshop.id()), byPerson);
    }

    /**
     * Live people matching {@code condition}, each with the name of their organization from
     * {@code organizationNames} (id → name) when it is there, else read with them.
     */
    private static void people(DSLContext dsl, org.jooq.Condition condition, Map<String, String> organizationNames,
            Consumer<KnownPerson> each) {
        dsl.select(PERSON.ID, PERSON.TITLE_PREFIX, PERSON.FIRST_NAME_TH, PERSON.LAST_NAME_TH, PERSON.EMAIL,
                        PERSON.PHONE, PERSON.ORGANIZATION_ID)
                .from(PERSON).where(condition, PERSON.MERGED_INTO_ID.isNull())
                .forEach(r -> each.accept(new KnownPerson(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), NameKey.of(r.value2(), r.value3(), r.value4()),
                        r.value7() == null ? null : organizationNames.computeIfAbsent(r.value7(),
                                id -> organizationName(dsl, id)))));
    }

    private static String organizationName(DSLContext dsl, String id) {
        return dsl.select(ORGANIZATION.NAME_TH).from(ORGANIZATION).where(ORGANIZATION.ID.eq(id))
                .fetchOne(ORGANIZATION.NAME_TH);
    }

    Set<String> checkinCodes(DSLContext dsl, String workshopId) {
        return new HashSet<>(dsl.select(REGISTRATION.CHECKIN_CODE).from(REGISTRATION)
                .where(REGISTRATION.WORKSHOP_ID.eq(workshopId)).fetch(REGISTRATION.CHECKIN_CODE));
    }

    Optional<EarlierImport> earlier(DSLContext dsl, ImportKind kind, String sha256) {
        return dsl.select(DATA_IMPORT.FILE_NAME, DATA_IMPORT.IMPORTED_AT).from(DATA_IMPORT)
                .where(DATA_IMPORT.KIND.eq(kind.code()), DATA_IMPORT.FILE_SHA256.eq(sha256))
                .orderBy(DATA_IMPORT.IMPORTED_AT.desc()).limit(1)
                .fetchOptional(r -> new EarlierImport(r.value1(), Times.toBangkok(r.value2())));
    }

    Optional<String> mappingJson(DSLContext dsl, ImportKind kind, String signature) {
        return dsl.select(IMPORT_MAPPING.MAPPING_JSON).from(IMPORT_MAPPING)
                .where(IMPORT_MAPPING.KIND.eq(kind.code()), IMPORT_MAPPING.HEADER_SIGNATURE.eq(signature))
                .fetchOptional(IMPORT_MAPPING.MAPPING_JSON);
    }

    Optional<String> mappingJsonNamed(DSLContext dsl, ImportKind kind, String name) {
        return dsl.select(IMPORT_MAPPING.MAPPING_JSON).from(IMPORT_MAPPING)
                .where(IMPORT_MAPPING.KIND.eq(kind.code()), IMPORT_MAPPING.NAME.eq(name))
                .fetchOptional(IMPORT_MAPPING.MAPPING_JSON);
    }

    List<String> mappingNames(DSLContext dsl, ImportKind kind) {
        return dsl.select(IMPORT_MAPPING.NAME).from(IMPORT_MAPPING)
                .where(IMPORT_MAPPING.KIND.eq(kind.code()), IMPORT_MAPPING.NAME.isNotNull())
                .orderBy(IMPORT_MAPPING.NAME).fetch(IMPORT_MAPPING.NAME);
    }

    /** Saves the mapping of a header row; a name moves to it from any other mapping that had it. */
    void saveMapping(DSLContext tx, ImportKind kind, String signature, String json, String name, LocalDateTime now,
            String actingId) {
        if (name != null) {
            tx.update(IMPORT_MAPPING).setNull(IMPORT_MAPPING.NAME)
                    .where(IMPORT_MAPPING.KIND.eq(kind.code()), IMPORT_MAPPING.NAME.eq(name),
                            IMPORT_MAPPING.HEADER_SIGNATURE.ne(signature))
                    .execute();
        }
        tx.insertInto(IMPORT_MAPPING, IMPORT_MAPPING.ID, IMPORT_MAPPING.KIND, IMPORT_MAPPING.HEADER_SIGNATURE,
                        IMPORT_MAPPING.MAPPING_JSON, IMPORT_MAPPING.NAME, IMPORT_MAPPING.CREATED_AT,
                        IMPORT_MAPPING.UPDATED_AT, IMPORT_MAPPING.UPDATED_BY)
                .values(Ids.newId(), kind.code(), signature, json, name, now, now, actingId)
                .onConflict(IMPORT_MAPPING.KIND, IMPORT_MAPPING.HEADER_SIGNATURE).doUpdate()
                .set(IMPORT_MAPPING.MAPPING_JSON, json)
                .set(IMPORT_MAPPING.NAME, name == null ? IMPORT_MAPPING.NAME : org.jooq.impl.DSL.val(name))
                .set(IMPORT_MAPPING.UPDATED_AT, now)
                .set(IMPORT_MAPPING.UPDATED_BY, actingId)
                .execute();
    }

    /** The record of one import, written first so its rows can point at it. */
    void insertImport(DSLContext tx, String id, ImportPreview preview, String countsJson, LocalDateTime now,
            String actingId) {
        Map<String, Integer> counts = preview.counts();
        tx.insertInto(DATA_IMPORT, DATA_IMPORT.ID, DATA_IMPORT.KIND, DATA_IMPORT.FILE_NAME, DATA_IMPORT.FILE_SHA256,
                        DATA_IMPORT.WORKSHOP_ID, DATA_IMPORT.ROWS_TOTAL, DATA_IMPORT.ROWS_CREATED,
                        DATA_IMPORT.ROWS_MATCHED, DATA_IMPORT.ROWS_REJECTED, DATA_IMPORT.IMPORTED_AT,
                        DATA_IMPORT.ENCODING, DATA_IMPORT.OUTCOME_COUNTS, DATA_IMPORT.CREATED_AT,
                        DATA_IMPORT.UPDATED_AT, DATA_IMPORT.UPDATED_BY)
                .values(id, preview.kind().code(), preview.table().fileName(), preview.table().sha256(),
                        preview.workshop() == null ? null : preview.workshop().id(), preview.results().size(),
                        counts.get(RowOutcome.NEW.code()), counts.get(RowOutcome.EXISTING.code()),
                        counts.get(RowOutcome.REJECTED.code()), now, preview.table().encodingLabel(), countsJson, now,
                        now, actingId)
                .execute();
    }

    /**
     * Batched inserts for one commit; {@link Writer#flush} before the transaction ends. Every table's
     * batch goes out together, parents first: a child row written before its parent would leave a
     * deferred foreign-key violation open, and while one is open SQLite searches every child table
     * for each new parent row, which made a 10,000-row import several times slower.
     */
    Writer writer(DSLContext tx, String importId, LocalDateTime now, String actingId) {
        return new Writer(tx, importId, now, actingId);
    }

    final class Writer {
        private final DSLContext tx;
        private final String importId;
        private final LocalDateTime now;
        private final String actingId;
        private final Batch organizations;
        private final Batch people;
        private final Batch consents;
        private final Batch seats;
        private final Batch answers;

        private Writer(DSLContext tx, String importId, LocalDateTime now, String actingId) {
            this.tx = tx;
            this.importId = importId;
            this.now = now;
            this.actingId = actingId;
            this.organizations = new Batch(tx, ORGANIZATION, ORGANIZATION.ID, ORGANIZATION.NAME_TH, ORGANIZATION.KIND,
                    ORGANIZATION.PROVINCE, ORGANIZATION.SORT_KEY, ORGANIZATION.CREATED_AT, ORGANIZATION.UPDATED_AT,
                    ORGANIZATION.UPDATED_BY);
            this.people = new Batch(tx, PERSON, PERSON.ID, PERSON.TITLE_PREFIX, PERSON.FIRST_NAME_TH,
                    PERSON.LAST_NAME_TH, PERSON.EMAIL, PERSON.PHONE, PERSON.ORGANIZATION_ID, PERSON.POSITION,
                    PERSON.PROVINCE, PERSON.SORT_KEY, PERSON.CREATED_AT, PERSON.UPDATED_AT, PERSON.UPDATED_BY);
            this.consents = new Batch(tx, CONSENT, CONSENT.ID, CONSENT.PERSON_ID, CONSENT.KIND, CONSENT.PURPOSES,
                    CONSENT.NOTICE_VERSION, CONSENT.OCCURRED_AT, CONSENT.SOURCE, CONSENT.CREATED_AT,
                    CONSENT.UPDATED_AT, CONSENT.UPDATED_BY);
            this.seats = new Batch(tx, REGISTRATION, REGISTRATION.ID, REGISTRATION.WORKSHOP_ID, REGISTRATION.PERSON_ID,
                    REGISTRATION.STATUS, REGISTRATION.WAITLIST_POSITION, REGISTRATION.REGISTERED_AT,
                    REGISTRATION.SOURCE, REGISTRATION.CHECKIN_CODE, REGISTRATION.IMPORT_ID, REGISTRATION.CREATED_AT,
                    REGISTRATION.UPDATED_AT, REGISTRATION.UPDATED_BY);
            this.answers = new Batch(tx, REGISTRATION_ANSWER, REGISTRATION_ANSWER.ID,
                    REGISTRATION_ANSWER.REGISTRATION_ID, REGISTRATION_ANSWER.QUESTION, REGISTRATION_ANSWER.ANSWER,
                    REGISTRATION_ANSWER.CREATED_AT, REGISTRATION_ANSWER.UPDATED_AT, REGISTRATION_ANSWER.UPDATED_BY);
        }

        private int pending;

        /** Called after each row: the batches go out together every thousand rows. */
        void rowWritten() {
            if (++pending == Batch.SIZE) {
                flush();
            }
        }

        void organization(String id, String nameTh, String kind, String province) {
            organizations.add(id, nameTh, kind, province, ThaiText.sortKey(nameTh), now, now, actingId);
        }

        void person(String id, RowValues v, String organizationId) {
            String sortName = v.firstName() + (v.lastName() == null ? "" : " " + v.lastName());
            people.add(id, v.prefix(), v.firstName(), v.lastName(), v.email(), v.phone(), organizationId,
                    v.position(), v.province(), ThaiText.sortKey(sortName), now, now, actingId);
        }

        void consent(String personId, String purposes, String noticeVersion, LocalDateTime givenAtUtc) {
            consents.add(Ids.newId(), personId, "given", purposes, noticeVersion, givenAtUtc, "import", now, now,
                    actingId);
        }

        void registration(String id, String workshopId, String personId, RegistrationStatus status, Integer position,
                LocalDateTime registeredAtUtc, String checkinCode) {
            seats.add(id, workshopId, personId, status.code(), position, registeredAtUtc, "import", checkinCode,
                    importId, now, now, actingId);
        }

        /** A cancelled registration taken up again: the same row, a fresh place (as registering by hand does). */
        void reregistration(String id, RegistrationStatus status, Integer position) {
            registrations.update(tx, id, status, position, null, now, actingId);
        }

        void answer(String registrationId, String question, String answer) {
            answers.add(Ids.newId(), registrationId, question, answer, now, now, actingId);
        }

        void flush() {
            for (Batch batch : List.of(organizations, people, consents, seats, answers)) {
                batch.flush();
            }
            pending = 0;
        }
    }

    /** One prepared INSERT with bind values, executed when the writer flushes. */
    private static final class Batch {
        private static final int SIZE = 1_000;
        private final DSLContext tx;
        private final Query insert;
        private BatchBindStep step;
        private int pending;

        Batch(DSLContext tx, Table<? extends Record> table, Field<?>... fields) {
            this.tx = tx;
            this.insert = tx.insertInto(table).columns(fields).values(Collections.nCopies(fields.length, null));
        }

        void add(Object... values) {
            if (step == null) {
                step = tx.batch(insert);
            }
            step.bind(values);
            pending++;
        }

        void flush() {
            if (pending > 0) {
                step.execute();
                step = null;
                pending = 0;
            }
        }
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }

    private static void inChunks(Collection<String> values, Consumer<List<String>> query) {
        List<String> all = new ArrayList<>(values);
        for (int start = 0; start < all.size(); start += CHUNK) {
            query.accept(all.subList(start, Math.min(all.size(), start + CHUNK)));
        }
    }
}
