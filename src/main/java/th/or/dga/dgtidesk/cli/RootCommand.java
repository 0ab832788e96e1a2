package th.or.dga.dgtidesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.db.DataLocations;

/**
 * {@code dgti-desk [--db PATH] [--lang th|en] [--as USERNAME] [command]}: with no command the
 * window opens; the global options may also follow the command.
 */
@Command(name = "dgti-desk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "DGTi Desk: workshops, innovators, consultations, matching and the weekly report.",
        subcommands = {InfoCommand.class, DemoCommand.class, BackupCommand.class, RestoreCommand.class,
                BenchCommand.class, ReportCommand.class, OpenDataCommand.class, ImportCommand.class})
public final class RootCommand implements Callable<Integer> {

    /** Opens the window on the given data file (null = the last one used, or first start). */
    @FunctionalInterface
    public interface WindowLauncher {
        void launch(Path databaseFile, String language);
    }

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "Data file (default: dgti-desk.db in the user's application-data folder).")
    Path db;

    @Option(names = "--lang", paramLabel = "th|en", scope = ScopeType.INHERIT,
            description = "Language of messages: th (default) or en.")
    void setLanguage(String language) {
        if (!"th".equals(language) && !"en".equals(language)) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--lang must be th or en, not " + language);
        }
        this.language = language;
    }

    /** Null when not given: the window then uses the language it last used. */
    String language;

    @Option(names = "--as", paramLabel = "USERNAME", scope = ScopeType.INHERIT,
            description = "Staff member recorded on every change (default: the center's first admin).")
    String actingUsername;

    @Option(names = "--self-test", description = "Check this installation (migrations, Thai collation and dates,"
            + " windows-874, the bundled font, a workbook) and print PASS or FAIL.")
    boolean selfTest;

    private final WindowLauncher windowLauncher;
    private java.io.PrintWriter out;

    void setOut(java.io.PrintWriter out) {
        this.out = out;
    }

    public RootCommand(WindowLauncher windowLauncher) {
        this.windowLauncher = windowLauncher;
    }

    @Override
    public Integer call() {
        if (selfTest) {
            boolean passed = new th.or.dga.dgtidesk.selftest.SelfTest().run(line -> {
                out.println(line);
                out.flush();
            });
            return passed ? Cli.OK : Cli.USER_ERROR;
        }
        windowLauncher.launch(db, language);
        return 0;
    }

    /** The data file the commands use. */
    Path databaseFile() {
        return db != null ? db.toAbsolutePath() : DataLocations.forCurrentUser().databaseFile();
    }

    Messages messages() {
        return Messages.ofLanguage(language == null ? "th" : language);
    }
}
