package th.or.dga.dgtidesk.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.center.Setting;
import th.or.dga.dgtidesk.common.ProgressMonitor;
import th.or.dga.dgtidesk.common.ThaiDates;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.kpi.KpiPeriod;
import th.or.dga.dgtidesk.report.ReportOptions;

/**
 * {@code report weekly [--week 2026-W47 | --from D --to D] [--lang th|en] [--personal-data] --out FILE.xlsx}:
 * the ministry workbook, for a scheduled job; last week by default. The report kind is a
 * parameter (only "weekly" so far) so the command keeps the shared options of {@link CenterCommand}.
 * Opens the data file read-only, so it works while the application is open.
 */
@Command(name = "report", description = "Write the weekly workbook for the ministry (last week by default).")
final class ReportCommand extends CenterCommand {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "weekly", description = "The report: weekly.")
    String kind;

    @Option(names = "--week", paramLabel = "YYYY-Www", description = "ISO week, e.g. 2026-W47.")
    String week;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (2026-11-16 or 16/11/2569).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (2026-11-22 or 22/11/2569).")
    String to;

    @Option(names = "--personal-data", description = "List participants by name (otherwise counts only).")
    boolean personalData;

    @Option(names = "--font", paramLabel = "NAME", description = "Font the workbook names (default: the center's report font).")
    String font;

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true, description = "Where to write the workbook.")
    Path out;

    @Override
    public Integer call() {
        if (!"weekly".equals(kind)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Unknown report: " + kind + " (weekly)");
        }
        KpiPeriod period = period();
        try (CenterContext context = openReadOnly()) {
            String fontName = font != null ? font : context.centerService().setting(Setting.REPORT_FONT);
            String language = root.language == null ? "th" : root.language;
            Path written = context.weeklyReportWriter().write(new ReportOptions(period, language, personalData,
                    fontName), out, ProgressMonitor.NONE);
            output.line(messages().get("report.done", written.toString()));
        }
        return Cli.OK;
    }

    private KpiPeriod period() {
        if (week != null && (from != null || to != null) || (from == null) != (to == null)) {
            throw new UserException("period.oneOf");
        }
        if (week != null) {
            return KpiPeriod.isoWeek(week);
        }
        if (from != null) {
            return KpiPeriod.custom(ThaiDates.parseDate(from), ThaiDates.parseDate(to));
        }
        return KpiPeriod.lastWeek(Times.toBangkok(Times.nowUtc(clock)).toLocalDate());
    }
}
