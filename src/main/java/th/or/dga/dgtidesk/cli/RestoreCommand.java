package th.or.dga.dgtidesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.db.Backups;
import th.or.dga.dgtidesk.db.DatabaseRefusedException;

/**
 * {@code restore --from FILE}: replaces the data file with a backup that passes the integrity
 * check; the current file is kept aside. An admin's job while the file can still be read; when
 * it cannot (corrupted, newer), restoring is the way out and is allowed.
 */
@Command(name = "restore", description = "Replace the data file with a checked backup (the current file is kept aside).")
final class RestoreCommand extends CenterCommand {

    @Option(names = "--from", paramLabel = "FILE", required = true, description = "The backup to restore.")
    Path from;

    @Override
    public Integer call() {
        Path source = from.toAbsolutePath();
        if (!Files.isRegularFile(source)) {
            throw new UserException("restore.missing", source.toString());
        }
        requireAdminWhileReadable();
        Path aside = Backups.restore(databaseFile(), source, clock);
        output.line(messages().get("restore.done", databaseFile().toString(), source.toString(), aside.toString()));
        return Cli.OK;
    }

    private void requireAdminWhileReadable() {
        if (!Files.exists(databaseFile())) {
            return;
        }
        CenterContext context;
        try {
            context = openReadOnly();
        } catch (DatabaseRefusedException e) {
            return;
        }
        try (context) {
            actAs(context);
            if (context.currentStaff().get().isPresent()) {
                context.currentStaff().requireAdmin();
            }
        }
    }
}
