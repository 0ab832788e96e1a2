package th.or.dga.dgtidesk.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import th.or.dga.dgtidesk.common.Messages;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.db.DatabaseRefusedException;

/**
 * Runs the command line. Exit codes: 0 success, 1 a user error (one line, in the chosen
 * language, never a stack trace), 2 a usage error.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int USAGE_ERROR = 2;

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    /** Runs {@code args} with UTF-8 standard output and error (Thai must survive any console). */
    public static int run(String[] args, RootCommand.WindowLauncher windowLauncher) {
        return run(args, windowLauncher, utf8(FileDescriptor.out), utf8(FileDescriptor.err));
    }

    public static int run(String[] args, RootCommand.WindowLauncher windowLauncher, PrintWriter out, PrintWriter err) {
        RootCommand root = new RootCommand(windowLauncher);
        root.setOut(out);
        CommandLine commandLine = new CommandLine(root, new CommandFactory(new Output(out, err)));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            Messages messages = root.messages();
            if (exception instanceof UserException user) {
                LOG.info("User error: {}", user.localizedMessage(Messages.ofLanguage("en")), user);
                err.println(user.localizedMessage(messages));
                if (user instanceof DatabaseRefusedException refused) {
                    refused.newestGoodBackup().ifPresent(backup ->
                            err.println(messages.get("db.refused.backupHint", backup.toString())));
                }
            } else {
                LOG.error("Unexpected error in {}", parseResult.originalArgs(), exception);
                err.println(messages.get("cli.unexpected", String.valueOf(exception.getMessage())));
            }
            err.flush();
            return USER_ERROR;
        });
        commandLine.setParameterExceptionHandler((exception, args1) -> {
            err.println(exception.getMessage());
            exception.getCommandLine().usage(err);
            err.flush();
            return USAGE_ERROR;
        });
        return commandLine.execute(args);
    }

    private static PrintWriter utf8(FileDescriptor descriptor) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), true);
    }
}
