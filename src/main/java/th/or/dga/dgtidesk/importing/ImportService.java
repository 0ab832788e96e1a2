package th.or.dga.dgtidesk.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import th.or.dga.dgtidesk.audit.AuditAction;
import th.or.dga.dgtidesk.audit.AuditLog;
import th.or.dga.dgtidesk.common.Ids;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ProgressMonitor;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.db.BulkLoad;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.innovator.InnovatorRepository;
import th.or.dga.dgtidesk.innovator.SolutionRepository;
import th.or.dga.dgtidesk.security.CurrentStaff;
import th.or.dga.dgtidesk.tag.TagRepository;
import th.or.dga.dgtidesk.workshop.CheckinCodes;
import th.or.dga.dgtidesk.workshop.RegistrationStatus;
import th.or.dga.dgtidesk.workshop.Workshop;
import th.or.dga.dgtidesk.workshop.WorkshopRepository;

/**
 * Importing online-form exports and spreadsheets: reading a file, the column mapping (saved by the
 * header row's signature and reused), a preview of every row's outcome that writes nothing, and a
 * commit that writes the whole file in one transaction or nothing at all.
 *
 * <p>The commit plans again inside its transaction, so what it writes follows the database as it is
 * then, by the same rules as the preview. Personal data is stored only for rows that consented when
 * the file asks; each consent goes into the ledger with source "import".
 */
public final class ImportService {

    /** The purpose a registration form's consent covers (a code of the consent ledger). */
    static final String CONSENT_PURPOSES = "workshops";
    /** The notice a form's consent question stands for; the question text itself is the notice. */
    static final String CONSENT_NOTICE = "online-form";
    private static final int PROGRESS_EVERY = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Transactions transactions;
    private final ImportRepository imports;
    private final WorkshopRepository workshops;
    private final RosterWriter rosterWriter;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;
    private final Clock clock;
    private final CheckinCodes codes = new CheckinCodes();

    public ImportService(Transactions transactions, ImportRepository imports, WorkshopRepository workshops,
            InnovatorRepository innovators, SolutionRepository solutions, TagRepository tags,
            CurrentStaff currentStaff, AuditLog auditLog, Clock clock) {
        this.transactions = transactions;
        this.imports = imports;
        this.workshops = workshops;
        this.rosterWriter = new RosterWriter(innovators, solutions, tags);
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Reads a file; {@code encoding} overrides the detected one (null to detect). Touches no database. */
    public SourceTable read(Path file, String encoding) {
        return TableReader.read(file, encoding);
    }

    /**
     * The mapping for {@code table}: the one saved as {@code name} when a name is given, else the one
     * saved for this header row, else the suggestion from the header words.
     */
    public ColumnMapping mapping(ImportKind kind, SourceTable table, String name) {
        return transactions.read(dsl -> {
            Optional<String> json = name == null
                    ? imports.mappingJson(dsl, kind, ColumnMapping.signature(table.headers()))
                    : imports.mappingJsonNamed(dsl, kind, name);
            if (name != null && json.isEmpty()) {
                List<String> saved = imports.mappingNames(dsl, kind);
                throw new UserException("import.mapping.unknown", name, saved.isEmpty() ? "–" : String.join(", ", saved));
            }
            return json.map(saved -> ColumnMapping.fromJson(saved, kind, table.headers()))
                    .orElseGet(() -> ColumnMapping.suggested(kind, table.headers()));
        });
    }

    /** Whether a mapping was saved for this header row (the wizard says it was remembered). */
    public boolean mappingRemembered(ImportKind kind, SourceTable table) {
        return transactions.read(dsl -> imports.mappingJson(dsl, kind, ColumnMapping.signature(table.headers()))
                .isPresent());
    }

    /** Every row's outcome; writes nothing. */
    public ImportPreview preview(ImportRequest request) {
        return transactions.read(dsl -> plan(dsl, request).preview());
    }

    /**
     * Writes the file in one transaction: new organizations and people, consents, registrations with
     * their answers, the mapping and the import's record. A cancel, a crash or an error anywhere
     * leaves the database exactly as it was.
     */
    public ImportReport commit(ImportRequest request, Messages messages, ProgressMonitor progress) {
        currentStaff.requireWriter();
        LocalDateTime now = Times.nowUtc(clock);
        String actor = currentStaff.idOrNull();
        return transactions.write(tx -> {
            BulkLoad.deferForeignKeys(tx);
            Plan plan = plan(tx, request);
            ImportPreview preview = plan.preview();
            String importId = Ids.newId();
            imports.insertImport(tx, importId, preview, countsJson(preview), now, actor);
            writeRows(tx, plan, imports.writer(tx, importId, now, actor), now, actor, messages, progress);
            imports.saveMapping(tx, request.kind(), ColumnMapping.signature(preview.table().headers()),
                    request.mapping().toJson(preview.table().headers()), request.mappingName(), now, actor);
            auditLog.record(tx, "data_import", importId, AuditAction.IMPORT, "import " + request.kind().code() + " "
                    + preview.table().fileName() + (preview.workshop() == null ? "" : " → " + preview.workshop().code())
                    + ": " + preview.counts());
            progress.progress(1, messages.get("import.progress.done"));
            return new ImportReport(importId, preview);
        });
    }

    /** Writes the rejected rows of {@code preview} to {@code target} as CSV to fix and import again. */
    public Path writeRejected(ImportPreview preview, Path target, Messages messages) {
        return RejectedRows.write(preview, target, messages);
    }

    /** A preview with what the database held when it was made. */
    private record Plan(ImportPreview preview, KnownData known) {
    }

    private Plan plan(DSLContext dsl, ImportRequest request) {
        if (request.kind() == ImportKind.ROSTER) {
            return planRoster(dsl, request);
        }
        Workshop workshop = null;
        if (request.kind() == ImportKind.REGISTRATIONS) {
            workshop = workshops.byId(dsl, request.workshopId())
                    .orElseThrow(() -> new UserException("workshop.notFound", request.workshopId()));
            if (!workshop.status().takesRegistrations()) {
                throw new UserException("registration.workshopNotOpen", workshop.titleTh());
            }
        }
        SourceTable table = request.table();
        RowReader reader = new RowReader(table.headers(), request.mapping());
        List<RowReader.ReadRow> rows = table.rows().stream().map(reader::read).toList();
        List<RowValues> accepted = rows.stream().filter(row -> row.rejections().isEmpty()).map(RowReader.ReadRow::values)
                .toList();
        KnownData known = imports.known(dsl, accepted, workshop);
        List<RowResult> results = new ImportPlanner(known).plan(rows);
        List<String> notes = new ArrayList<>(request.mapping().missing(request.kind()));
        if (request.mapping().columnOf(ImportField.CONSENT) < 0) {
            notes.add("import.note.noConsentColumn");
        }
        return new Plan(new ImportPreview(request.kind(), table, request.mapping(), workshop, results,
                imports.earlier(dsl, request.kind(), table.sha256()), notes), known);
    }

    /**
     * A roster's plan: the innovators it names against the roster, their contacts against the
     * people the database holds (and organizations by the innovators' names).
     */
    private Plan planRoster(DSLContext dsl, ImportRequest request) {
        SourceTable table = request.table();
        RosterRowReader reader = new RosterRowReader(table.headers(), request.mapping());
        List<RosterRowReader.Read> rows = table.rows().stream().map(reader::read).toList();
        List<RowValues> lookups = new ArrayList<>();
        for (RosterRowReader.Read row : rows) {
            if (row.row().rejections().isEmpty()) {
                lookups.add(row.row().values() != null ? row.row().values()
                        : RowValues.NONE.withOrganization(row.roster().name()));
            }
        }
        KnownData known = imports.known(dsl, lookups, null);
        KnownRoster roster = KnownRoster.of(imports.innovators(dsl),
                innovator -> RosterPlanner.key(innovator.personId() != null, innovator.name()));
        List<RowResult> results = new RosterPlanner(known, roster).plan(rows);
        List<String> notes = new ArrayList<>(request.mapping().missing(request.kind()));
        if (request.mapping().columnOf(ImportField.PUBLISH_CONSENT) < 0) {
            notes.add("import.note.noPublishConsentColumn");
        }
        return new Plan(new ImportPreview(request.kind(), table, request.mapping(), null, results,
                imports.earlier(dsl, request.kind(), table.sha256()), notes), known);
    }

    private void writeRows(DSLContext tx, Plan plan, ImportRepository.Writer writer, LocalDateTime now,
            String actor, Messages messages, ProgressMonitor progress) {
        RosterWriter.Rows roster = plan.preview().kind() != ImportKind.ROSTER ? null
                : rosterWriter.start(tx, writer, plan.known().organizationIds(), now, actor);
        Map<String, String> organizationIds = new HashMap<>(plan.known().organizationIds());
        Workshop workshop = plan.preview().workshop();
        Set<String> takenCodes = workshop == null ? new HashSet<>() : imports.checkinCodes(tx, workshop.id());
        KnownData.Seats seats = plan.known().seats();
        List<RowResult> results = plan.preview().results();
        for (int i = 0; i < results.size(); i++) {
            progress.checkCancelled();
            if (i % PROGRESS_EVERY == 0) {
                progress.progress((double) i / results.size(), messages.get("import.progress.writing", i, results.size()));
            }
            RowResult result = results.get(i);
            if (result.outcome() == RowOutcome.REJECTED || result.outcome() == RowOutcome.DUPLICATE_IN_FILE) {
                continue;
            }
            if (roster != null) {
                roster.write(result);
                writer.rowWritten();
                continue;
            }
            RowValues values = result.values();
            String personId = result.outcome() == RowOutcome.EXISTING ? result.match().id()
                    : newPerson(writer, values, organizationIds);
            LocalDateTime givenAt = values.registeredAt() == null ? now : Times.fromBangkok(values.registeredAt());
            if (Boolean.TRUE.equals(values.consent())) {
                writer.consent(personId, CONSENT_PURPOSES, CONSENT_NOTICE, givenAt);
            }
            if (result.seat() == SeatOutcome.REGISTERED || result.seat() == SeatOutcome.WAITLISTED) {
                RegistrationStatus status = result.seat() == SeatOutcome.REGISTERED ? RegistrationStatus.REGISTERED
                        : RegistrationStatus.WAITLISTED;
                KnownData.Existing cancelled = seats.byPerson().get(personId);
                String registrationId;
                if (cancelled != null) {
                    registrationId = cancelled.id();
                    writer.reregistration(registrationId, status, result.waitlistPosition());
                } else {
                    registrationId = Ids.newId();
                    String code = codes.next(takenCodes::contains);
                    takenCodes.add(code);
                    writer.registration(registrationId, workshop.id(), personId, status, result.waitlistPosition(),
                            givenAt, code);
                }
                for (RowValues.Answer answer : values.answers()) {
                    writer.answer(registrationId, answer.question(), answer.answer());
                }
            }
            writer.rowWritten();
        }
        writer.flush();
    }

    /** Writes a new person, and their organization the first time the file names a new one. */
    private static String newPerson(ImportRepository.Writer writer, RowValues values,
            Map<String, String> organizationIds) {
        String organizationId = null;
        if (values.organization() != null) {
            organizationId = organizationIds.get(values.organization());
            if (organizationId == null) {
                organizationId = Ids.newId();
                organizationIds.put(values.organization(), organizationId);
                writer.organization(organizationId, values.organization(),
                        values.organizationKind() == null ? "other" : values.organizationKind(), values.province());
            }
        }
        String personId = Ids.newId();
        writer.person(personId, values, organizationId);
        return personId;
    }

    private static String countsJson(ImportPreview preview) {
        try {
            return JSON.writeValueAsString(preview.counts());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of counts always serialises", e);
        }
    }
}
