package fr.cctlint.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the bundled knowledge base ({@code cct-rules/knowledge/operated-products.yaml}). */
public final class KnowledgeBaseLoader {
    public static final String BUNDLED = "cct-rules/knowledge/operated-products.yaml";

    private KnowledgeBaseLoader() {
    }

    /** The knowledge base shipped with cct-lint. A broken bundled file is a build defect: it throws. */
    public static KnowledgeBase bundled() {
        try (InputStream in = KnowledgeBaseLoader.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUNDLED);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KnowledgeBase read(Reader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Object root = new Yaml(new SafeConstructor(options)).load(reader);
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("knowledge base: a mapping is expected at the top");
        }
        Set<String> types = new HashSet<>(strings(map.get("osPackageTypes"), "osPackageTypes"));
        List<KnowledgeBase.Entry> entries = new ArrayList<>();
        Object operated = map.get("operated");
        if (!(operated instanceof List<?> list)) {
            throw new IllegalArgumentException("knowledge base: 'operated' must be a list");
        }
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> entry) || !(entry.get("product") instanceof String product)) {
                throw new IllegalArgumentException("knowledge base: each operated entry needs a 'product': " + item);
            }
            entries.add(new KnowledgeBase.Entry(product, strings(entry.get("purls"), product + ".purls")));
        }
        return new KnowledgeBase(entries, types);
    }

    private static List<String> strings(Object value, String what) {
        if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw new IllegalArgumentException("knowledge base: '" + what + "' must be a list of strings");
        }
        return list.stream().map(String.class::cast).toList();
    }
}
