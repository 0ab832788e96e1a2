package th.or.dga.dgtidesk;

import th.or.dga.dgtidesk.cli.Cli;
import th.or.dga.dgtidesk.db.DataLocations;
import th.or.dga.dgtidesk.ui.DesktopLauncher;

/**
 * Entry point of {@code dgti-desk.jar}: a command runs the command line; no command (or only
 * {@code --db PATH}) opens the window. It does not extend {@code Application}, so it starts from
 * the class path (STACK.md).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // Logback reads this when the first logger is made: set it before anything logs.
        if (System.getProperty("dgti.logDir") == null) {
            System.setProperty("dgti.logDir", DataLocations.forCurrentUser().logFolder().toString());
        }
        if (args.length == 0) {
            // The window from the menu (issue 4, start-up): nothing to parse, so picocli's set-up of
            // every command is skipped, and what needs no JavaFX is prepared while it starts.
            DesktopLauncher.prepareInBackground();
            DesktopLauncher.launch(null, null);
            return;
        }
        int exitCode = Cli.run(args, DesktopLauncher::launch);
        if (exitCode != 0 || args.length > 0) {
            System.exit(exitCode);
        }
    }
}
