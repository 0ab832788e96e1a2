package th.or.dga.dgtidesk.cli;

import picocli.CommandLine;

/** Builds commands with the shared {@link Output}, so commands never write to System.out themselves. */
final class CommandFactory implements CommandLine.IFactory {

    private final Output output;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(Output output) {
        this.output = output;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (CenterCommand.class.isAssignableFrom(type)) {
            K command = type.getDeclaredConstructor().newInstance();
            ((CenterCommand) command).output = output;
            return command;
        }
        return fallback.create(type);
    }
}
