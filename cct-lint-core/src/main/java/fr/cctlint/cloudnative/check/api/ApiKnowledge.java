package fr.cctlint.cloudnative.check.api;

import fr.cctlint.cloudnative.check.support.KnowledgeFiles;
import fr.cctlint.model.Component;
import fr.cctlint.referential.PurlPattern;
import fr.cctlint.referential.SelectorIndex;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What rule CN046 knows, read from {@code cct-rules/cloud-native/api.yaml}: the web frameworks that make a module
 * expose HTTP, the libraries that generate an OpenAPI description, the frameworks that describe themselves, and
 * how description files are named.
 *
 * @param frameworks       versionless purl patterns of server-side web frameworks
 * @param generators       purl patterns of OpenAPI / Swagger generators
 * @param selfDescribing   purl patterns of frameworks that generate their own description
 * @param fileNames        description file name prefixes ({@code openapi}, {@code swagger})
 * @param fileKeys         top-level keys that make a file a description ({@code openapi:}, {@code swagger:})
 * @param manifests        file name globs of dependency manifests ({@code pom.xml}, {@code requirements*.txt})
 * @param skippedFolders   folders never searched for description files
 */
public record ApiKnowledge(List<String> frameworks, List<String> generators, List<String> selfDescribing,
        List<String> fileNames, List<String> fileKeys, List<String> manifests, Set<String> skippedFolders) {

    public static final String BUNDLED = "cct-rules/cloud-native/api.yaml";
    private static final Set<String> KEYS = Set.of("frameworks", "generators", "selfDescribing", "descriptionFiles",
            "manifests", "skippedFolders");

    public ApiKnowledge {
        frameworks = List.copyOf(frameworks);
        generators = List.copyOf(generators);
        selfDescribing = List.copyOf(selfDescribing);
        fileNames = List.copyOf(fileNames);
        fileKeys = List.copyOf(fileKeys);
        manifests = List.copyOf(manifests);
        skippedFolders = Set.copyOf(skippedFolders);
        for (String pattern : concat(frameworks, generators, selfDescribing)) {
            Optional<PurlPattern> parsed = PurlPattern.tryParse(pattern);
            if (parsed.isEmpty() || pattern.substring(pattern.lastIndexOf('/') + 1).contains("@")) {
                throw new IllegalArgumentException("api knowledge: not a versionless purl pattern: " + pattern);
            }
        }
        for (String pattern : frameworks) {
            if (generators.contains(pattern)) {
                throw new IllegalArgumentException("api knowledge: both a framework and a generator: " + pattern);
            }
        }
        for (String pattern : selfDescribing) {
            if (!frameworks.contains(pattern)) {
                throw new IllegalArgumentException("api knowledge: self-describing but not a framework: " + pattern);
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        return java.util.stream.Stream.of(a, b, c).flatMap(List::stream).toList();
    }

    /** The knowledge shipped with cct-lint. A broken bundled file is a build defect: it throws. */
    public static ApiKnowledge bundled() {
        return KnowledgeFiles.bundled(BUNDLED, ApiKnowledge::read);
    }

    /**
     * Reads a knowledge file.
     *
     * @throws IllegalArgumentException when it is not valid YAML or breaks the format (the message says where)
     */
    public static ApiKnowledge read(Reader reader) {
        Map<?, ?> map = KnowledgeFiles.topMapping(reader, "api knowledge", KEYS, 10, 256 * 1024);
        if (!(map.get("descriptionFiles") instanceof Map<?, ?> files) || files.size() != 2) {
            throw new IllegalArgumentException("api knowledge: 'descriptionFiles' must hold 'names' and 'keys'");
        }
        return new ApiKnowledge(strings(map, "frameworks"), strings(map, "generators"), strings(map, "selfDescribing"),
                strings(files, "names").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList(),
                strings(files, "keys"), strings(map, "manifests"), Set.copyOf(strings(map, "skippedFolders")));
    }

    private static List<String> strings(Map<?, ?> map, String key) {
        if (!(map.get(key) instanceof List<?> list) || list.isEmpty()
                || !list.stream().allMatch(String.class::isInstance)) {
            throw new IllegalArgumentException("api knowledge: '" + key + "' must be a non-empty list of strings");
        }
        return list.stream().map(String.class::cast).toList();
    }

    /** Matches components against one list of patterns. */
    public static final class Matcher {
        private final SelectorIndex<String> index;

        Matcher(List<String> patterns) {
            SelectorIndex.Builder<String> builder = SelectorIndex.builder();
            for (String p : patterns) {
                builder.add(PurlPattern.tryParse(p).orElseThrow().key(), p, p);
            }
            this.index = builder.build();
        }

        /** The pattern a component's purl matches, or empty. */
        public Optional<String> match(Component component) {
            return PurlPattern.tryParse(component.purl()).flatMap(p -> index.find(p.key()))
                    .map(SelectorIndex.Hit::selector);
        }
    }

    /** Whether a tree path is a dependency manifest (by its file name). */
    public boolean isManifest(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        for (String glob : manifests) {
            if (name.matches(java.util.regex.Pattern.quote(glob).replace("*", "\\E.*\\Q"))) {
                return true;
            }
        }
        return false;
    }

    public Matcher frameworkMatcher() {
        return new Matcher(frameworks);
    }

    public Matcher generatorMatcher() {
        return new Matcher(generators);
    }

    public Matcher selfDescribingMatcher() {
        return new Matcher(selfDescribing);
    }
}
