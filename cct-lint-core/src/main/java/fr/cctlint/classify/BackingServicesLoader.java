package fr.cctlint.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the backing services knowledge ({@code cct-rules/knowledge/backing-services.yaml}). Loading is safe: no
 * types are constructed, aliases and size are bounded, duplicate and unknown keys are errors.
 */
public final class BackingServicesLoader {
    public static final String BUNDLED = "cct-rules/knowledge/backing-services.yaml";

    static final int MAX_ALIASES = 20;
    static final int MAX_CODE_POINTS = 1024 * 1024;
    private static final Set<String> ENTRY_KEYS =
            Set.of("id", "name", "purl", "images", "declared", "names", "satisfiedBy", "clients");

    private BackingServicesLoader() {
    }

    /** The backing services shipped with cct-lint. A broken bundled file is a build defect: it throws. */
    public static BackingServices bundled() {
        try (InputStream in = BackingServicesLoader.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUNDLED);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a backing services file.
     *
     * @throws IllegalArgumentException when the file is not valid YAML or breaks the format (the message says where)
     */
    public static BackingServices read(Reader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setNestingDepthLimit(20);
        Object root;
        try {
            root = new Yaml(new SafeConstructor(options)).load(reader);
        } catch (YAMLException e) {
            throw new IllegalArgumentException("backing services: invalid YAML: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("backing services: a mapping is expected at the top");
        }
        for (Object key : map.keySet()) {
            if (!"services".equals(key)) {
                throw new IllegalArgumentException("backing services: unknown key '" + key + "' at the top");
            }
        }
        if (!(map.get("services") instanceof List<?> list)) {
            throw new IllegalArgumentException("backing services: 'services' must be a list");
        }
        return new BackingServices(list.stream().map(BackingServicesLoader::service).toList());
    }

    private static BackingServices.Service service(Object item) {
        if (!(item instanceof Map<?, ?> entry)) {
            throw new IllegalArgumentException("backing services: each service must be a mapping: " + item);
        }
        String id = string(entry, "id", "?");
        for (Object key : entry.keySet()) {
            if (!ENTRY_KEYS.contains(key)) {
                throw new IllegalArgumentException("backing service " + id + ": unknown key '" + key + "'");
            }
        }
        return new BackingServices.Service(id, string(entry, "name", id), string(entry, "purl", id),
                strings(entry, "images", id), strings(entry, "declared", id), strings(entry, "names", id),
                strings(entry, "satisfiedBy", id), strings(entry, "clients", id));
    }

    private static String string(Map<?, ?> entry, String key, String id) {
        if (!(entry.get(key) instanceof String value)) {
            throw new IllegalArgumentException("backing service " + id + ": '" + key + "' must be a string");
        }
        return value;
    }

    /** An optional list of strings (absent = empty). */
    private static List<String> strings(Map<?, ?> entry, String key, String id) {
        Object value = entry.get(key);
        if (value == null && !entry.containsKey(key)) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw new IllegalArgumentException("backing service " + id + ": '" + key + "' must be a list of strings");
        }
        return list.stream().map(String.class::cast).toList();
    }
}
