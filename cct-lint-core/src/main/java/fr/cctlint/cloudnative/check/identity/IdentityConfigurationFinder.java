package fr.cctlint.cloudnative.check.identity;

import fr.cctlint.cloudnative.check.capability.IdentityConfiguration;
import fr.cctlint.cloudnative.check.support.FileProblems;
import fr.cctlint.cloudnative.check.support.Secrets;
import fr.cctlint.collect.SafeYaml;
import fr.cctlint.collect.SourceFiles;
import fr.cctlint.collect.SourceText;
import fr.cctlint.model.Component;
import fr.cctlint.model.Evidence;
import fr.cctlint.source.SourceTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Configuration that shows an identity client, each piece quoted with its line (values masked): a Keycloak adapter
 * file ({@code keycloak.json}), Spring keys in {@code application*.yml|yaml|properties} and {@code bootstrap*}
 * ({@code spring.security.oauth2.client.*}), environment variables of compose services and Kubernetes containers
 * ({@code KEYCLOAK_*}, {@code OIDC_*}).
 */
final class IdentityConfigurationFinder {
    private static final Pattern SPRING_FILE = Pattern.compile("(application|bootstrap)[^/]*\\.(yml|yaml|properties)");
    private static final Pattern PROPERTY = Pattern.compile("^\\s*([A-Za-z0-9_.\\[\\]-]+)\\s*[=:]");
    private static final String ENVIRONMENT_KEYS = "cct:environmentKeys";

    private final IdentityConfiguration configuration;

    IdentityConfigurationFinder(IdentityConfiguration configuration) {
        this.configuration = configuration;
    }

    List<Evidence> find(SourceTree tree, List<String> paths, List<Component> components, FileProblems problems) {
        List<Evidence> found = new ArrayList<>();
        for (String path : paths) {
            String name = SourceFiles.fileName(path);
            if (configuration.files().contains(name)) {
                problems.text(tree, path).ifPresent(text -> {
                    int line = Math.max(1, text.findLine("auth-server-url", 1));
                    found.add(masked(text, line));
                });
            } else if (SPRING_FILE.matcher(name).matches()) {
                problems.text(tree, path).ifPresent(text -> found.addAll(spring(text, name.endsWith(".properties"))));
            }
        }
        for (Component c : components) {
            String keys = c.property(ENVIRONMENT_KEYS);
            if (keys == null || c.primaryEvidence() == null) {
                continue;
            }
            for (String key : keys.split(",")) {
                if (environmentKey(key)) {
                    found.add(environmentEvidence(tree, c.primaryEvidence(), key));
                    break;
                }
            }
        }
        return List.copyOf(found);
    }

    private boolean environmentKey(String key) {
        String upper = key.strip().toUpperCase(Locale.ROOT);
        return configuration.environmentPrefixes().stream().anyMatch(p -> upper.startsWith(p.toUpperCase(Locale.ROOT)));
    }

    /** The line naming the variable in the component's file, else the component's own line. */
    private static Evidence environmentEvidence(SourceTree tree, Evidence primary, String key) {
        Optional<SourceText> text = SourceFiles.text(tree, primary.file(), new ArrayList<>());
        int line = text.map(t -> t.findLine(key.strip(), 1)).orElse(0);
        return line > 0 ? masked(text.get(), line) : primary;
    }

    private List<Evidence> spring(SourceText text, boolean properties) {
        List<Evidence> found = new ArrayList<>();
        if (properties) {
            for (int line = 1; line <= text.lineCount(); line++) {
                var m = PROPERTY.matcher(text.line(line));
                if (!text.line(line).strip().startsWith("#") && m.find() && identityKey(m.group(1))) {
                    found.add(masked(text, line));
                    return found; // one line is enough evidence per file
                }
            }
            return found;
        }
        for (Node document : SafeYaml.load(text).documents()) {
            Optional<Integer> line = yamlKey(document, "", 0);
            if (line.isPresent()) {
                found.add(masked(text, line.get()));
                break;
            }
        }
        return found;
    }

    /** The line of the first key (dotted path from the document's root) that is identity configuration. */
    private Optional<Integer> yamlKey(Node node, String prefix, int depth) {
        if (depth > 20) {
            return Optional.empty();
        }
        for (NodeTuple tuple : SafeYaml.entries(node)) {
            Optional<String> key = SafeYaml.scalar(tuple.getKeyNode());
            if (key.isEmpty()) {
                continue;
            }
            String path = prefix.isEmpty() ? key.get() : prefix + "." + key.get();
            if (identityKey(path)) {
                return Optional.of(SafeYaml.line(tuple.getKeyNode()));
            }
            if (couldLeadTo(path)) {
                Optional<Integer> below = yamlKey(tuple.getValueNode(), path, depth + 1);
                if (below.isPresent()) {
                    return below;
                }
            }
        }
        return Optional.empty();
    }

    private boolean identityKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return configuration.propertyPrefixes().stream().map(p -> p.toLowerCase(Locale.ROOT))
                .anyMatch(p -> k.equals(p) || k.startsWith(p + ".") || k.startsWith(p + "["));
    }

    private boolean couldLeadTo(String path) {
        String k = path.toLowerCase(Locale.ROOT) + ".";
        return configuration.propertyPrefixes().stream().anyMatch(p -> p.toLowerCase(Locale.ROOT).startsWith(k));
    }

    private static Evidence masked(SourceText text, int line) {
        return new Evidence(text.path(), line, Secrets.mask(text.line(line)));
    }
}
