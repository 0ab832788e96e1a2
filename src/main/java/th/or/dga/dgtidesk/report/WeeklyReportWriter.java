package th.or.dga.dgtidesk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import th.or.dga.dgtidesk.center.Center;
import th.or.dga.dgtidesk.center.CenterService;
import th.or.dga.dgtidesk.common.AtomicFile;
import th.or.dga.dgtidesk.common.CancelledException;
import th.or.dga.dgtidesk.common.DateRange;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.ProgressMonitor;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.kpi.Kpi;
import th.or.dga.dgtidesk.kpi.KpiComparison;
import th.or.dga.dgtidesk.kpi.KpiService;
import th.or.dga.dgtidesk.kpi.WeekPoint;
import th.or.dga.dgtidesk.matching.MatchStage;
import th.or.dga.dgtidesk.report.ReportRepository.ConsultationLine;
import th.or.dga.dgtidesk.report.ReportRepository.InnovatorLine;
import th.or.dga.dgtidesk.report.ReportRepository.NeedMatchLine;
import th.or.dga.dgtidesk.report.ReportRepository.ParticipantLine;
import th.or.dga.dgtidesk.report.ReportRepository.WorkshopLine;
import th.or.dga.dgtidesk.report.TableSheet.Column;
import th.or.dga.dgtidesk.report.TableSheet.Kind;
import th.or.dga.dgtidesk.spreadsheet.StreamedWorkbook;

/**
 * The weekly workbook for the ministry (DESIGN.md "Weekly report"). Period in, file out, with
 * progress and cancellation for the screen's background task and the command line alike.
 * Every number on the Summary comes from {@link KpiService}; the other sheets list the records.
 * The Summary (with its charts) is built on an ordinary workbook, which is then wrapped for
 * streaming so the list sheets (250,000 participants at national scale) keep only a window of
 * rows in memory. The file appears only when complete (see {@link AtomicFile}).
 */
public final class WeeklyReportWriter {

    /** Rows between progress reports and cancellation checks on the long sheets. */
    private static final int ROWS_PER_CHECK = 1000;
    /** Rows an SXSSF sheet keeps in memory before flushing to its temporary file. */
    private static final int ROW_WINDOW = 200;

    private final Transactions transactions;
    private final ReportRepository report;
    private final KpiService kpis;
    private final CenterService centers;
    private final Clock clock;

    public WeeklyReportWriter(Transactions transactions, ReportRepository report, KpiService kpis,
            CenterService centers, Clock clock) {
        this.transactions = transactions;
        this.report = report;
        this.kpis = kpis;
        this.centers = centers;
        this.clock = clock;
    }

    /** Writes the workbook to {@code target} (replacing it) and returns its absolute path. */
    public Path write(ReportOptions options, Path target, ProgressMonitor monitor) {
        Messages messages = Messages.ofLanguage(options.language());
        monitor.progress(0, messages.get("report.step.kpis"));
        KpiComparison comparison = kpis.comparison(options.period());
        List<WeekPoint> weeks = kpis.weeklySeries(options.period().end(), 12);
        Map<MatchStage, Integer> pipeline = kpis.pipeline();
        String centerName = centers.center().map(c -> centerName(c, messages)).orElse("");
        monitor.checkCancelled();
        return AtomicFile.write(target, file -> {
            Run run = new Run(options, messages, monitor);
            run.write(file, centerName, comparison, weeks, pipeline);
        });
    }

    private static String centerName(Center center, Messages messages) {
        return center.name("en".equals(messages.locale().getLanguage()));
    }

    /** One workbook being written. */
    private final class Run {
        private final ReportOptions options;
        private final Messages messages;
        private final ProgressMonitor monitor;
        private final DateRange range;
        private final String footer;
        private final Map<String, String> labels = new HashMap<>();

        Run(ReportOptions options, Messages messages, ProgressMonitor monitor) {
            this.options = options;
            this.messages = messages;
            this.monitor = monitor;
            this.range = options.period().range();
            this.footer = messages.get("report.footer");
        }

        void write(Path file, String centerName, KpiComparison comparison, List<WeekPoint> weeks,
                Map<MatchStage, Integer> pipeline) throws IOException {
            XSSFWorkbook base = new XSSFWorkbook();
            WorkbookStyles styles = new WorkbookStyles(base, options.fontName());
            new SummarySheet(base.createSheet(sheetName("summary")), styles, messages).write(centerName, comparison,
                    Times.toBangkok(Times.nowUtc(clock)), weeks, pipeline, footer);
            // Temporary sheet files are not compressed: gzipping 250,000 rows and reading them back
            // cost as much as writing the workbook itself, to save disk space for a few seconds.
            SXSSFWorkbook workbook = new StreamedWorkbook(base, ROW_WINDOW);
            // The shorter lists are read on a second connection while the participants stream in:
            // at national scale they take about a second that would otherwise be waited for.
            ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "report-lists");
                thread.setDaemon(true);
                return thread;
            });
            try {
                Future<Lists> lists = reader.submit(() -> read(dsl -> new Lists(report.innovators(dsl, range),
                        report.consultations(dsl, range), report.needsAndMatches(dsl, range))));
                List<WorkshopLine> workshops = read(dsl -> report.workshops(dsl, range));
                step(0.1, "workshops");
                workshops(new TableSheet(workbook.createSheet(sheetName("workshops")), styles, workshopColumns()),
                        workshops);
                step(0.15, "participants");
                TableSheet participants = new TableSheet(workbook.createSheet(sheetName("participants")), styles,
                        options.personalData() ? personColumns() : attendanceColumns());
                if (options.personalData()) {
                    people(participants, workshops);
                } else {
                    attendance(participants, workshops);
                }
                step(0.8, "innovators");
                Lists read = await(lists);
                innovators(new TableSheet(workbook.createSheet(sheetName("innovators")), styles, innovatorColumns()),
                        read.innovators());
                step(0.83, "consultations");
                consultations(new TableSheet(workbook.createSheet(sheetName("consultations")), styles,
                        consultationColumns()), read.consultations());
                step(0.86, "needs");
                needs(new TableSheet(workbook.createSheet(sheetName("needs")), styles, needColumns()), read.needs());
                step(0.89, "definitions");
                definitions(new TableSheet(workbook.createSheet(sheetName("definitions")), styles,
                        List.of(column("kpi", 36, Kind.TEXT), column("unit", 12, Kind.TEXT),
                                column("definition", 100, Kind.WRAPPED))));
                monitor.progress(0.9, messages.get("report.step.saving"));
                try (OutputStream out = Files.newOutputStream(file)) {
                    workbook.write(out);
                }
                monitor.progress(1, messages.get("report.step.saving"));
            } finally {
                reader.shutdownNow();
                // Also deletes the streamed sheets' temporary files, which may hold personal data.
                workbook.close();
            }
        }

        /** The rows of the innovators, consultations and needs sheets. */
        private record Lists(List<InnovatorLine> innovators, List<ConsultationLine> consultations,
                List<NeedMatchLine> needs) {
        }

        private static Lists await(Future<Lists> lists) {
            try {
                return lists.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        private <T> T read(Function<DSLContext, T> query) {
            return transactions.read(query);
        }

        private String sheetName(String key) {
            return messages.get("report.sheet." + key);
        }

        private void step(double fraction, String sheetKey) {
            monitor.checkCancelled();
            monitor.progress(fraction, messages.get("report.step.sheet", sheetName(sheetKey)));
        }

        private Column column(String key, int width, Kind kind) {
            return new Column(messages.get("report.column." + key), width, kind);
        }

        /** Looked up once per code: a bundle lookup formats a MessageFormat, too slow for 250,000 rows. */
        private String label(String prefix, String code) {
            return code == null ? null : labels.computeIfAbsent(prefix + code, messages::get);
        }

        private List<Column> workshopColumns() {
            return List.of(column("code", 14, Kind.TEXT), column("title", 40, Kind.WRAPPED),
                    column("kind", 16, Kind.TEXT), column("startsAt", 17, Kind.DATE_TIME),
                    column("endsAt", 17, Kind.DATE_TIME), column("venue", 24, Kind.WRAPPED),
                    column("status", 12, Kind.TEXT), column("capacity", 11, Kind.INTEGER),
                    column("registered", 12, Kind.INTEGER), column("waitlisted", 11, Kind.INTEGER));
        }

        private void workshops(TableSheet sheet, List<WorkshopLine> workshops) {
            boolean english = "en".equals(options.language());
            for (WorkshopLine w : workshops) {
                String title = english && w.titleEn() != null ? w.titleEn() : w.titleTh();
                // Seats taken are the registered and the attended; both hold a seat.
                sheet.add(w.code(), title, label("workshop.kind.", w.kind()), w.startsAt(), w.endsAt(), w.venue(),
                        label("workshop.status.", w.status()), w.capacity(), w.registered() + w.attended() + w.noShow(),
                        w.waitlisted());
            }
            sheet.finish(footer);
        }

        private List<Column> attendanceColumns() {
            return List.of(column("code", 14, Kind.TEXT), column("title", 40, Kind.WRAPPED),
                    column("workshopDate", 13, Kind.DATE), column("registered", 12, Kind.INTEGER),
                    column("attended", 12, Kind.INTEGER), column("noShow", 13, Kind.INTEGER),
                    column("cancelled", 11, Kind.INTEGER), column("attendanceRate", 14, Kind.PERCENT));
        }

        /** Without personal data: counts per workshop only. */
        private void attendance(TableSheet sheet, List<WorkshopLine> workshops) {
            boolean english = "en".equals(options.language());
            for (WorkshopLine w : workshops) {
                int expected = w.attended() + w.noShow();
                sheet.add(w.code(), english && w.titleEn() != null ? w.titleEn() : w.titleTh(),
                        w.startsAt().toLocalDate(), w.registered() + w.attended() + w.noShow(), w.attended(),
                        w.noShow(), w.cancelled(), expected == 0 ? null : (double) w.attended() / expected);
            }
            sheet.finish(footer);
        }

        private List<Column> personColumns() {
            return List.of(column("code", 14, Kind.TEXT), column("workshopDate", 13, Kind.DATE),
                    column("titlePrefix", 10, Kind.TEXT), column("firstName", 18, Kind.TEXT),
                    column("lastName", 18, Kind.TEXT), column("organization", 32, Kind.TEXT),
                    column("sector", 18, Kind.TEXT), column("province", 16, Kind.TEXT),
                    column("email", 28, Kind.TEXT), column("phone", 14, Kind.TEXT), column("status", 13, Kind.TEXT),
                    column("registeredAt", 17, Kind.DATE_TIME), column("checkedInAt", 17, Kind.DATE_TIME));
        }

        /** With personal data: every registration, streamed from the database into the sheet. */
        private void people(TableSheet sheet, List<WorkshopLine> workshops) {
            long total = Math.max(1, workshops.stream().mapToLong(w -> (long) w.registered() + w.waitlisted()
                    + w.attended() + w.noShow() + w.cancelled()).sum());
            String step = messages.get("report.step.sheet", sheetName("participants"));
            transactions.read(dsl -> {
                report.participants(dsl, range, (ParticipantLine p) -> {
                    sheet.add(p.workshopCode(), p.workshopStartsAt().toLocalDate(), p.titlePrefix(), p.firstName(),
                            p.lastName(), p.organization(), p.sector() == null ? null : label("kpi.sector.", p.sector()),
                            p.province(), p.email(), p.phone(), label("registration.status.", p.status()),
                            p.registeredAt(), p.checkedInAt());
                    if (sheet.rows() % ROWS_PER_CHECK == 0) {
                        monitor.checkCancelled();
                        monitor.progress(0.15 + 0.65 * sheet.rows() / total, step);
                    }
                });
                return null;
            });
            sheet.finish(footer);
        }

        private List<Column> innovatorColumns() {
            return List.of(column("name", 34, Kind.TEXT), column("kind", 16, Kind.TEXT),
                    column("rosterStatus", 14, Kind.TEXT), column("joinedOn", 13, Kind.DATE),
                    column("cohort", 14, Kind.TEXT), column("consent", 12, Kind.TEXT),
                    column("solutions", 11, Kind.INTEGER), column("contact", 24, Kind.TEXT));
        }

        private void innovators(TableSheet sheet, List<InnovatorLine> innovators) {
            for (InnovatorLine i : innovators) {
                // An individual innovator's name is a person's name.
                boolean person = "individual".equals(i.kind());
                sheet.add(person && !options.personalData() ? label("report.", "personHidden") : i.name(),
                        label("report.innovatorKind.", i.kind()), label("report.rosterStatus.", i.rosterStatus()),
                        i.joinedOn(), i.cohort(), label("report.", i.consentToPublish() ? "yes" : "no"),
                        i.solutions(), options.personalData() ? i.contactName() : null);
            }
            sheet.finish(footer);
        }

        private List<Column> consultationColumns() {
            return List.of(column("heldAt", 17, Kind.DATE_TIME), column("kind", 20, Kind.TEXT),
                    column("subject", 34, Kind.WRAPPED), column("consultant", 20, Kind.TEXT),
                    column("organizations", 30, Kind.WRAPPED), column("actionItem", 34, Kind.WRAPPED),
                    column("owner", 20, Kind.TEXT), column("dueOn", 13, Kind.DATE),
                    column("doneAt", 17, Kind.DATE_TIME), column("status", 12, Kind.TEXT));
        }

        private void consultations(TableSheet sheet, List<ConsultationLine> consultations) {
            for (ConsultationLine c : consultations) {
                String owner = c.ownerStaff() != null ? c.ownerStaff()
                        : c.ownerPerson() == null ? null
                        : options.personalData() ? c.ownerPerson() : label("report.", "personHidden");
                sheet.add(c.heldAt(), label("report.consultationKind.", c.kind()), c.subject(), c.consultant(),
                        c.organizations(), c.actionItem(), owner, c.dueOn(), c.doneAt(), itemStatus(c));
            }
            sheet.finish(footer);
        }

        /** As at the end of the period, like the action-item KPIs. */
        private String itemStatus(ConsultationLine c) {
            if (c.actionItem() == null) {
                return null;
            }
            LocalDate end = range.end();
            if (c.doneAt() != null && !c.doneAt().toLocalDate().isAfter(end)) {
                return label("report.item.", "done");
            }
            return label("report.item.", c.dueOn() != null && c.dueOn().isBefore(end) ? "overdue" : "open");
        }

        private List<Column> needColumns() {
            return List.of(column("needTitle", 34, Kind.WRAPPED), column("agency", 28, Kind.TEXT),
                    column("priority", 11, Kind.TEXT), column("receivedOn", 13, Kind.DATE),
                    column("needStatus", 14, Kind.TEXT), column("solution", 30, Kind.WRAPPED),
                    column("innovator", 24, Kind.TEXT), column("stage", 16, Kind.TEXT),
                    column("stageChangedAt", 17, Kind.DATE_TIME), column("estimated", 16, Kind.BAHT),
                    column("realised", 16, Kind.BAHT));
        }

        private void needs(TableSheet sheet, List<NeedMatchLine> needs) {
            for (NeedMatchLine n : needs) {
                sheet.add(n.needTitle(), n.agency(), label("report.priority.", n.priority()), n.receivedOn(),
                        label("report.needStatus.", n.needStatus()), n.solution(), n.innovator(),
                        label("match.stage.", n.stage()), n.stageChangedAt(), baht(n.estimatedSatang()),
                        baht(n.realisedSatang()));
            }
            sheet.finish(footer);
        }

        private static Double baht(Long satang) {
            return satang == null ? null : satang / 100.0;
        }

        private void definitions(TableSheet sheet) {
            for (Kpi kpi : Kpi.values()) {
                sheet.add(kpi.displayName(messages),
                        messages.get("report.unit." + kpi.unit().name().toLowerCase(Locale.ROOT)),
                        kpi.definition(messages));
            }
            sheet.finish(footer);
        }
    }
}
