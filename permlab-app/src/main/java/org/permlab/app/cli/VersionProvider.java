package org.permlab.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** {@code permlab --version}: the build's version and the Java runtime. */
public final class VersionProvider implements IVersionProvider {

    /** The permlab version, from the build. */
    public static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("/org/permlab/app/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"permlab " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
