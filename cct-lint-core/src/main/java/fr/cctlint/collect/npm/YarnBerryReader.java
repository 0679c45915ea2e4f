package fr.cctlint.collect.npm;

import fr.cctlint.collect.Problems;
import fr.cctlint.collect.SafeYaml;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads the entries of a yarn berry (2+) lockfile: YAML with a {@code __metadata} block, keys listing
 * descriptors with their protocol ({@code "react@npm:^18.2.0, react@npm:^18.3.1"}), a {@code resolution} per
 * entry. Workspaces, links and portals ({@code linkType: soft}) and patches ({@code patch:} resolutions, which
 * repeat a package that has its own entry) are marked local.
 */
final class YarnBerryReader {

    /** The entries read, or the problem that stopped the reading. */
    record Result(List<YarnEntry> entries, Problem problem) {
    }

    Result read(SourceText source) {
        SafeYaml.Result yaml = SafeYaml.load(source);
        if (yaml.problem() != null) {
            return new Result(List.of(), yaml.problem());
        }
        if (yaml.documents().size() != 1 || SafeYaml.entries(yaml.documents().get(0)).isEmpty()) {
            return new Result(List.of(), Problems.at(source.path(), 1, 1, Message.of("npm.unknownLockfile")));
        }
        List<YarnEntry> entries = new ArrayList<>();
        for (NodeTuple t : SafeYaml.entries(yaml.documents().get(0))) {
            String key = SafeYaml.scalar(t.getKeyNode()).orElse("");
            if (key.equals("__metadata") || key.isBlank()) {
                continue;
            }
            Node value = t.getValueNode();
            String resolution = SafeYaml.string(value, "resolution").orElse(null);
            Set<String> optionalNames = new HashSet<>();
            for (NodeTuple meta : SafeYaml.entries(SafeYaml.get(value, "dependenciesMeta").orElse(null))) {
                if (SafeYaml.string(meta.getValueNode(), "optional").orElse("").equals("true")) {
                    SafeYaml.scalar(meta.getKeyNode()).ifPresent(optionalNames::add);
                }
            }
            Map<String, String> required = new LinkedHashMap<>();
            Map<String, String> optional = new LinkedHashMap<>();
            for (String section : List.of("dependencies", "optionalDependencies")) {
                for (NodeTuple d : SafeYaml.entries(SafeYaml.get(value, section).orElse(null))) {
                    String name = SafeYaml.scalar(d.getKeyNode()).orElse("");
                    String range = SafeYaml.scalar(d.getValueNode()).orElse("");
                    boolean isOptional = section.equals("optionalDependencies") || optionalNames.contains(name);
                    (isOptional ? optional : required).put(name, range);
                }
            }
            String range = resolution == null ? "" : YarnEntry.rangeOf(resolution);
            boolean local = SafeYaml.string(value, "linkType").orElse("").equals("soft")
                    || range.startsWith("workspace:") || range.startsWith("patch:");
            if (range.startsWith("patch:")) {
                patched(range).ifPresent(base -> required.put(YarnEntry.nameOf(base), YarnEntry.rangeOf(base)));
            }
            entries.add(new YarnEntry(key, YarnClassicReader.descriptors(key),
                    SafeYaml.string(value, "version").orElse(null), resolution, required, optional, local,
                    SafeYaml.line(t.getKeyNode())));
        }
        return new Result(entries, null);
    }

    /** The package a patch applies to: {@code patch:resolve@npm%3A1.22.1#...} -> {@code resolve@npm:1.22.1}. */
    private static java.util.Optional<String> patched(String range) {
        String inner = range.substring("patch:".length());
        int hash = inner.indexOf('#');
        if (hash >= 0) {
            inner = inner.substring(0, hash);
        }
        inner = java.net.URLDecoder.decode(inner, java.nio.charset.StandardCharsets.UTF_8);
        return inner.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(inner);
    }
}
