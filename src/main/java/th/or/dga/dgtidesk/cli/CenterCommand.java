package th.or.dga.dgtidesk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.db.DataLocations;
import th.or.dga.dgtidesk.db.Database;

/** What every subcommand shares: the global options, the output, and opening the data file. */
abstract class CenterCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    Output output;

    final Clock clock = Clock.systemUTC();

    Path databaseFile() {
        return root.databaseFile();
    }

    Messages messages() {
        return root.messages();
    }

    /** Opens the data file for writing (taking the writer lock) with the acting staff member at the desk. */
    CenterContext openForWriting() {
        Path file = databaseFile();
        CenterContext context = new CenterContext(
                Database.openForWriting(file, DataLocations.of(file).backupFolder(), clock), clock);
        try {
            actAs(context);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        return context;
    }

    /** Opens an existing data file read-only: works while the application has it open. */
    CenterContext openReadOnly() {
        return new CenterContext(Database.openReadOnly(databaseFile()), clock);
    }

    /** Puts {@code --as} (or the first admin, when the center has staff) at the desk. */
    void actAs(CenterContext context) {
        if (root.actingUsername != null) {
            context.staffService().actAs(root.actingUsername);
        } else if (!context.staffService().all().isEmpty()) {
            context.staffService().actAsFirstAdmin();
        }
    }
}
