package th.or.dga.dgtidesk.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (set from the pom), or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {

    static String version() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"DGTi Desk " + version()};
    }
}
