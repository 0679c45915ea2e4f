package fr.cctlint.cloudnative.check.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The checks' knowledge files ({@code rules/cloud-native/*.yaml}, packed under {@code cct-rules/}): read from the
 * core jar, parsed safely into plain maps, lists and strings (no duplicate keys, few aliases, bounded size), the
 * top mapping's keys checked. A broken bundled file is a build defect, so the errors are exceptions whose message
 * names the file.
 */
public final class KnowledgeFiles {
    private KnowledgeFiles() {
    }

    /** Reads a bundled resource with {@code read}; a missing resource is a build defect. */
    public static <T> T bundled(String resource, Function<Reader, T> read) {
        try (InputStream in = KnowledgeFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return read.apply(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The top mapping of a knowledge file, holding only {@code keys}.
     *
     * @param what the file, as messages name it ({@code api knowledge})
     * @throws IllegalArgumentException when it is not valid YAML, not a mapping, or has another key
     */
    public static Map<?, ?> topMapping(Reader reader, String what, Set<String> keys, int maxAliases, int maxCodePoints) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(maxAliases);
        options.setCodePointLimit(maxCodePoints);
        options.setNestingDepthLimit(20);
        Object root;
        try {
            root = new Yaml(new SafeConstructor(options)).load(reader);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(what + ": invalid YAML: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(what + ": a mapping is expected at the top");
        }
        for (Object key : map.keySet()) {
            if (!keys.contains(key)) {
                throw new IllegalArgumentException(what + ": unknown key '" + key + "'");
            }
        }
        return map;
    }
}
