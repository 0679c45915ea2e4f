package fr.cctlint.config;

import fr.cctlint.collect.SafeYaml;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a project policy file ({@value ProjectConfig#FILE_NAME}, format: {@code rules/config/README.md}). Never
 * throws: every problem (size, encoding, YAML syntax, unknown key, wrong type, bad value) is returned with its file
 * and line, together with everything that could still be read.
 *
 * <p>Loading is safe: the bytes must be UTF-8 and at most {@link #MAX_BYTES}; YAML is composed into nodes only
 * (no type is ever constructed; explicit tags such as {@code !!java.net.URL} are errors); anchors and aliases are
 * refused; a key written twice is an error. An empty file, or one made only of comments, is a valid file that sets
 * nothing.
 */
public final class ProjectConfigLoader {

    /** Largest policy file accepted, in bytes (1 MiB). */
    public static final int MAX_BYTES = 1024 * 1024;

    private final int maxBytes;

    public ProjectConfigLoader() {
        this(MAX_BYTES);
    }

    /** A loader with another size limit (tests). */
    public ProjectConfigLoader(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Reads the file's content.
     *
     * @param file    the file as shown in messages and evidence ({@code .cct-lint.yaml}, {@code config/policy.yaml})
     * @param content its bytes
     */
    public ConfigResult load(String file, byte[] content) {
        if (content.length > maxBytes) {
            return failed(file, new Problem(file, 0, 0, Message.of("config.load.tooLarge",
                    String.valueOf(content.length), String.valueOf(maxBytes)), true));
        }
        SourceText.Result decoded = SourceText.decode(file, content);
        if (decoded.problem() != null) {
            return failed(file, fatal(decoded.problem()));
        }
        SafeYaml.Result yaml = SafeYaml.load(decoded.text());
        if (yaml.problem() != null) {
            return failed(file, fatal(yaml.problem()));
        }
        List<Node> documents = yaml.documents();
        if (documents.size() > 1) {
            return failed(file, new Problem(file, SafeYaml.line(documents.get(1)), 0,
                    Message.of("config.load.severalDocuments", String.valueOf(documents.size())), true));
        }
        return new ConfigYamlReader(file).read(documents.isEmpty() ? null : documents.get(0));
    }

    /**
     * Reads a file from disk; a file that cannot be read, or is larger than the limit, is a fatal problem.
     *
     * @param path        the file
     * @param displayName the file as shown in messages
     */
    public ConfigResult load(Path path, String displayName) {
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                return failed(displayName, new Problem(displayName, 0, 0, Message.of("config.load.tooLarge",
                        String.valueOf(size), String.valueOf(maxBytes)), true));
            }
            try (InputStream in = Files.newInputStream(path)) {
                return load(displayName, in.readNBytes(maxBytes + 1));
            }
        } catch (IOException | RuntimeException e) {
            return failed(displayName, new Problem(displayName, 0, 0,
                    Message.of("config.load.unreadable", String.valueOf(e.getMessage())), true));
        }
    }

    /**
     * The line of an entry of {@code referentials} in a project file's content (the item's text, stripped, as
     * {@link #load(String, byte[])} reads it), or 0 when the content has no such entry.
     */
    public int referentialLine(byte[] content, String entry) {
        if (content.length > maxBytes) {
            return 0;
        }
        SourceText.Result decoded = SourceText.decode(ProjectConfig.FILE_NAME, content);
        if (decoded.problem() != null) {
            return 0;
        }
        SafeYaml.Result yaml = SafeYaml.load(decoded.text());
        if (yaml.documents().isEmpty()) {
            return 0;
        }
        return SafeYaml.get(yaml.documents().get(0), ConfigYamlReader.REFERENTIALS).map(SafeYaml::items)
                .orElse(List.of()).stream()
                .filter(item -> SafeYaml.scalar(item).map(String::strip).filter(entry::equals).isPresent())
                .mapToInt(SafeYaml::line).findFirst().orElse(0);
    }

    private static Problem fatal(Problem problem) {
        return new Problem(problem.file(), problem.line(), problem.column(), problem.message(), true);
    }

    private static ConfigResult failed(String file, Problem problem) {
        return new ConfigResult(ConfigYamlReader.empty(file), List.of(problem));
    }
}
