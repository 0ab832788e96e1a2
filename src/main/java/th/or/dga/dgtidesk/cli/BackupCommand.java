package th.or.dga.dgtidesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import th.or.dga.dgtidesk.CenterContext;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.db.Backups;

/** {@code backup --to FILE}: an online backup, checked before it is kept. Works while the application is open. */
@Command(name = "backup", description = "Copy the data file to FILE with SQLite's online backup.")
final class BackupCommand extends CenterCommand {

    @Option(names = "--to", paramLabel = "FILE", required = true, description = "Where to write the backup.")
    Path to;

    @Override
    public Integer call() {
        Path target = to.toAbsolutePath();
        if (target.equals(databaseFile()) || Files.isDirectory(target)) {
            throw new UserException("backup.badTarget", target.toString());
        }
        try (CenterContext context = openReadOnly()) {
            Path written = Backups.copyTo(context.database().dataSource(), target, Backups.Progress.NONE);
            output.line(messages().get("backup.done", written.toString()));
        }
        return Cli.OK;
    }
}
