package glassbox.core;

import picocli.CommandLine;

/** The app's version, and the provider every command's {@code --version} uses. */
public final class Version implements CommandLine.IVersionProvider {
    public static final String VERSION = "0.1.0";

    @Override
    public String[] getVersion() {
        return new String[] {"glassbox " + VERSION};
    }
}
