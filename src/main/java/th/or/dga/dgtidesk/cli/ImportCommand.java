package th.or.dga.dgtidesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ProgressMonitor;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.importing.ImportKind;
import th.or.dga.dgtidesk.importing.ImportPreview;
import th.or.dga.dgtidesk.importing.ImportRequest;
import th.or.dga.dgtidesk.importing.ImportService;
import th.or.dga.dgtidesk.importing.RowResult;
import th.or.dga.dgtidesk.importing.SourceTable;
import th.or.dga.dgtidesk.workshop.Workshop;

/**
 * {@code import registrations --workshop CODE --file F [--mapping NAME] [--dry-run] [--json]},
 * {@code import people --file F …} and {@code import roster --file F …}: imports a form export or a
 * spreadsheet (people, or innovators for the roster), all of it or nothing,
 * and prints the count of each outcome and every row that was not simply imported. The mapping is
 * the saved one named, else the one saved for the file's header row, else the suggestion.
 * A file whose rows are all rejected is still a successful run: it says so.
 */
@Command(name = "import", description = "Import registrations for a workshop, people, or innovators for the roster,"
        + " from a CSV or Excel file.")
final class ImportCommand extends CenterCommand {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "registrations|people|roster", description = "What the file holds.")
    String kind;

    @Option(names = "--workshop", paramLabel = "CODE", description = "The workshop to register people for.")
    String workshopCode;

    @Option(names = "--file", paramLabel = "F", required = true, description = "A .csv, .xlsx or .xls file.")
    Path file;

    @Option(names = "--mapping", paramLabel = "NAME", description = "A saved column mapping (default: the one"
            + " saved for this file's header row, else suggested from the header words).")
    String mappingName;

    @Option(names = "--encoding", paramLabel = "NAME", description = "Read a CSV in this encoding instead of the"
            + " detected one: UTF-8, windows-874, UTF-16LE or UTF-16BE.")
    String encoding;

    @Option(names = "--dry-run", description = "Show what would happen; write nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        ImportKind importKind = importKind();
        try (CenterContext context = dryRun ? openReadOnly() : openForWriting()) {
            ImportService imports = context.importService();
            String workshopId = importKind == ImportKind.REGISTRATIONS ? workshop(context).id() : null;
            SourceTable table = imports.read(file, encoding);
            ImportRequest request = new ImportRequest(importKind, workshopId, table,
                    imports.mapping(importKind, table, mappingName), mappingName);
            ImportPreview preview;
            String importId = null;
            if (dryRun) {
                preview = imports.preview(request);
            } else {
                var report = imports.commit(request, messages(), ProgressMonitor.NONE);
                preview = report.preview();
                importId = report.importId();
            }
            preview.earlier().ifPresent(earlier -> output.note(messages().get("import.cli.earlier",
                    earlier.fileName(), ThaiDates.shortDateTime(earlier.importedAtBangkok(),
                            th.or.dga.dgtidesk.common.CalendarSystem.BUDDHIST))));
            if (json) {
                output.json(document(preview, importId));
            } else {
                print(preview);
            }
        }
        return Cli.OK;
    }

    private ImportKind importKind() {
        return switch (kind) {
            case "registrations" -> {
                if (workshopCode == null) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "import registrations needs --workshop CODE");
                }
                yield ImportKind.REGISTRATIONS;
            }
            case "people" -> ImportKind.PEOPLE;
            case "roster" -> ImportKind.ROSTER;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "Unknown import: " + kind + " (registrations, people or roster)");
        };
    }

    private Workshop workshop(CenterContext context) {
        return context.workshopQueries().byCode(workshopCode)
                .orElseThrow(() -> new UserException("import.cli.unknownWorkshop", workshopCode));
    }

    private void print(ImportPreview preview) {
        Messages messages = messages();
        output.line(messages.get("import.cli.file", preview.table().fileName(), preview.table().encodingLabel(),
                preview.results().size()));
        preview.counts().forEach((outcome, count) -> output.line(
                messages.get("import.cli.count", messages.get(preview.kind().outcomeKey(outcome)), count)));
        for (RowResult result : preview.results()) {
            String explanation = result.explanation(messages);
            if (!explanation.isEmpty()) {
                output.line(messages.get("import.cli.row", result.row(),
                        messages.get(preview.kind().outcomeKey(result.outcome().code())), explanation));
            }
        }
        preview.notes().forEach(note -> output.line(messages.get(note)));
        if (preview.allRejected()) {
            output.line(messages.get("import.cli.allRejected"));
        }
        output.line(messages.get(dryRun ? "import.cli.dryRun" : "import.cli.done"));
    }

    private Map<String, Object> document(ImportPreview preview, String importId) {
        Messages messages = messages();
        List<Map<String, Object>> results = new ArrayList<>();
        for (RowResult result : preview.results()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("row", result.row());
            row.put("outcome", result.outcome().code());
            if (result.seat() != null) {
                row.put("registration", result.seat().code());
            }
            String explanation = result.explanation(messages);
            row.put("reason", explanation.isEmpty() ? null : explanation);
            results.add(row);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("file", preview.table().fileName());
        document.put("encoding", preview.table().encodingLabel());
        document.put("rows", preview.results().size());
        document.put("counts", preview.counts());
        document.put("results", results);
        document.put("dry_run", dryRun);
        document.put("import_id", importId);
        document.put("all_rejected", preview.allRejected());
        preview.earlier().ifPresent(earlier -> document.put("earlier_import", Map.of("file",
                earlier.fileName(), "imported_at", earlier.importedAtBangkok().toString())));
        document.put("notes", preview.notes().stream().map(messages::get).toList());
        return document;
    }
}
