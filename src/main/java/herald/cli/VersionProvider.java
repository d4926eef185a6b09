package herald.cli;

import herald.init.Release;
import picocli.CommandLine.IVersionProvider;

/** herald --version: the version and commit Maven wrote into the jar, and the Java that runs it. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        Release r = Release.current();
        return new String[] {"herald " + r.version() + " (commit " + r.commit() + ")", "Java " + System.getProperty("java.version")};
    }
}
