package fr.cctlint.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The running cct-lint's name and version, read from the build. */
public final class ToolVersion {
    public static final String NAME = "cct-lint";
    /** No public home page yet: reports leave the information URI out. */
    public static final String URI = null;

    private ToolVersion() {
    }

    public static ToolInfo current() {
        Properties properties = new Properties();
        try (InputStream in = ToolVersion.class.getResourceAsStream("/fr/cctlint/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ToolInfo(NAME, properties.getProperty("version", "dev"), URI);
    }
}
