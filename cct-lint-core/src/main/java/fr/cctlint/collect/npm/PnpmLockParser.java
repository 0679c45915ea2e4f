package fr.cctlint.collect.npm;

import fr.cctlint.collect.Problems;
import fr.cctlint.collect.SafeYaml;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads a {@code pnpm-lock.yaml}, lockfile versions 5.x ({@code /name/1.2.3_peer} keys), 6.x
 * ({@code /name@1.2.3(peer)}) and 9.x ({@code name@1.2.3} packages, dependencies under {@code snapshots}). The
 * importers (the project, or each workspace under {@code importers}) name their dependencies, dev
 * dependencies and optional dependencies and the version each resolved to. Versions 5 and 6 write
 * {@code dev: true|false} on each package (absent: used by both); version 9 does not, so its scopes come from
 * the importers through the snapshots' dependency graph.
 */
final class PnpmLockParser {
    private static final List<String> SECTIONS = List.of("dependencies", "optionalDependencies", "devDependencies");

    LockfileResult parse(SourceText source) {
        SafeYaml.Result yaml = SafeYaml.load(source);
        if (yaml.problem() != null) {
            return LockfileResult.failed(yaml.problem());
        }
        Node root = yaml.documents().isEmpty() ? null : yaml.documents().get(0);
        Optional<String> declared = SafeYaml.string(root, "lockfileVersion");
        double version;
        try {
            version = Double.parseDouble(declared.orElse("").replace("'", "").strip());
        } catch (NumberFormatException e) {
            return LockfileResult.failed(Problems.at(source.path(), 1, 1, Message.of("npm.unknownLockfile")));
        }
        if (version < 5 || version >= 10) {
            int line = SafeYaml.get(root, "lockfileVersion").map(SafeYaml::line).orElse(1);
            return LockfileResult.failed(Problems.at(source.path(), line, 1,
                    Message.of("npm.pnpmVersion", declared.orElse(""))));
        }
        return LockfileResult.ok(new Reading(source, root, version).lockfile());
    }

    /** One lockfile's reading: the key syntax depends on its version. */
    private static final class Reading {
        private final SourceText source;
        private final Node root;
        private final boolean slashKeys; // version 5: /name/1.2.3
        private final boolean snapshots; // version 9

        Reading(SourceText source, Node root, double version) {
            this.source = source;
            this.root = root;
            this.slashKeys = version < 6;
            this.snapshots = version >= 9;
        }

        Lockfile lockfile() {
            Map<String, Node> importers = new LinkedHashMap<>();
            Optional<Node> declared = SafeYaml.get(root, "importers");
            if (declared.isPresent()) {
                for (NodeTuple t : SafeYaml.entries(declared.get())) {
                    String id = SafeYaml.scalar(t.getKeyNode()).orElse(".");
                    importers.put(id.equals(".") ? "" : id, t.getValueNode());
                }
            } else {
                importers.put("", root);
            }
            DependencyGraph graph = new DependencyGraph();
            Map<String, String> directKeys = new HashMap<>();
            java.util.Set<String> links = new java.util.HashSet<>();
            importers.forEach((folder, importer) -> {
                for (String section : SECTIONS) {
                    Scope scope = section.equals("devDependencies") ? Scope.BUILD
                            : section.equals("optionalDependencies") ? Scope.OPTIONAL : Scope.RUNTIME;
                    for (NodeTuple d : SafeYaml.entries(SafeYaml.get(importer, section).orElse(null))) {
                        String name = SafeYaml.scalar(d.getKeyNode()).orElse("");
                        Node value = d.getValueNode();
                        String ref = SafeYaml.scalar(value).or(() -> SafeYaml.string(value, "version")).orElse("");
                        String key = key(name, ref);
                        if (ref.startsWith("link:") || ref.startsWith("workspace:")) {
                            links.add(Lockfile.key(folder, name));
                        }
                        if (key != null) {
                            graph.root(key, scope);
                            directKeys.put(Lockfile.key(folder, name), key);
                        }
                    }
                }
            });
            Node packagesNode = SafeYaml.get(root, "packages").orElse(null);
            Node graphNode = snapshots ? SafeYaml.get(root, "snapshots").orElse(null) : packagesNode;
            for (NodeTuple t : SafeYaml.entries(graphNode)) {
                String from = SafeYaml.scalar(t.getKeyNode()).orElse("");
                for (String section : List.of("dependencies", "optionalDependencies")) {
                    for (NodeTuple d : SafeYaml.entries(SafeYaml.get(t.getValueNode(), section).orElse(null))) {
                        String to = key(SafeYaml.scalar(d.getKeyNode()).orElse(""),
                                SafeYaml.scalar(d.getValueNode()).orElse(""));
                        if (to != null) {
                            graph.edge(from, to, section.equals("optionalDependencies"));
                        }
                    }
                }
            }
            Map<String, Scope> reached = graph.scopes();
            Map<String, Scope> packageScopes = new HashMap<>();
            if (snapshots) { // a package's scope is the strongest of its peer variants
                reached.forEach((k, s) -> packageScopes.merge(withoutPeers(k), s, NpmComponents::stronger));
            }
            List<LockedPackage> packages = new ArrayList<>();
            Map<String, LockedPackage> byKey = new HashMap<>();
            for (NodeTuple t : SafeYaml.entries(packagesNode)) {
                String key = SafeYaml.scalar(t.getKeyNode()).orElse("");
                Node entry = t.getValueNode();
                Scope scope = snapshots ? packageScopes.getOrDefault(key, Scope.BUILD)
                        : flagged(entry).orElse(Scope.RUNTIME);
                LockedPackage p = locked(key, entry, scope, SafeYaml.line(t.getKeyNode()));
                packages.add(p);
                byKey.put(key, p);
            }
            Map<String, LockedPackage> direct = new HashMap<>();
            directKeys.forEach((k, key) -> {
                LockedPackage p = byKey.get(snapshots ? withoutPeers(key) : key);
                if (p != null) {
                    direct.put(k, p);
                }
            });
            return new Lockfile(source.path(), packages, direct, importers.keySet(), links);
        }

        /** Versions 5 and 6: {@code dev: true} is BUILD, {@code dev: false} RUNTIME (or OPTIONAL), absent both. */
        private Optional<Scope> flagged(Node entry) {
            Optional<String> dev = SafeYaml.string(entry, "dev");
            boolean optional = SafeYaml.string(entry, "optional").orElse("").equals("true");
            if (dev.isEmpty()) {
                return optional ? Optional.of(Scope.OPTIONAL) : Optional.empty();
            }
            if (dev.get().equals("true")) {
                return Optional.of(Scope.BUILD);
            }
            return Optional.of(optional ? Scope.OPTIONAL : Scope.RUNTIME);
        }

        /** The packages key a dependency's reference points at, or null for links to local folders. */
        private String key(String name, String ref) {
            if (name.isEmpty() || ref.isEmpty() || ref.startsWith("link:")) {
                return null;
            }
            if (ref.startsWith("/")) {
                return ref; // versions 5, 6: an alias or a registry path
            }
            boolean startsWithDigit = Character.isDigit(ref.charAt(0));
            if (slashKeys) {
                return startsWithDigit ? "/" + name + "/" + ref : ref;
            }
            if (!snapshots) {
                return startsWithDigit ? "/" + name + "@" + ref : ref;
            }
            int at = ref.indexOf('@', ref.startsWith("@") ? 1 : 0);
            boolean alias = !startsWithDigit && at > 0 && !ref.contains(":");
            return alias ? ref : name + "@" + ref;
        }

        private LockedPackage locked(String key, Node entry, Scope scope, int line) {
            String[] nameVersion = nameVersion(key);
            String name = SafeYaml.string(entry, "name").orElse(nameVersion[0]);
            String version = SafeYaml.string(entry, "version").orElse(nameVersion[1]);
            Node resolution = SafeYaml.get(entry, "resolution").orElse(null);
            NpmSpec.Source from = NpmSpec.Source.REGISTRY;
            String expression = null;
            if (SafeYaml.string(resolution, "type").orElse("").equals("git")
                    || SafeYaml.string(resolution, "repo").isPresent()) {
                from = NpmSpec.Source.GIT;
                expression = SafeYaml.string(resolution, "repo").orElse(key)
                        + SafeYaml.string(resolution, "commit").map(c -> "#" + c).orElse("");
            } else if (SafeYaml.string(resolution, "directory").isPresent()) {
                from = NpmSpec.Source.FILE;
                expression = "file:" + SafeYaml.string(resolution, "directory").get();
            } else if (SafeYaml.string(resolution, "tarball").isPresent()) {
                String tarball = SafeYaml.string(resolution, "tarball").get();
                from = tarball.startsWith("file:") ? NpmSpec.Source.FILE
                        : NpmSpec.ofResolved(tarball) == NpmSpec.Source.GIT ? NpmSpec.Source.GIT : NpmSpec.Source.URL;
                expression = tarball;
            }
            String exact = NpmSpec.exact(version == null ? "" : version);
            if (exact == null && expression == null) {
                expression = version;
            }
            return new LockedPackage(name, exact, scope, from, NpmSpec.withoutCredentials(expression),
                    source.evidence(line));
        }

        /** Name and version of a packages key, any version's syntax. */
        private String[] nameVersion(String key) {
            String k = key.startsWith("/") ? key.substring(1) : key;
            if (slashKeys) {
                String[] parts = k.split("/");
                int n = k.startsWith("@") ? 2 : 1;
                if (parts.length <= n) {
                    return new String[] {k, null};
                }
                String name = String.join("/", java.util.Arrays.copyOf(parts, n));
                String version = parts[n];
                int underscore = version.indexOf('_');
                return new String[] {name, underscore > 0 ? version.substring(0, underscore) : version};
            }
            k = withoutPeers(k);
            int at = k.indexOf('@', k.startsWith("@") ? 1 : 0);
            return at <= 0 ? new String[] {k, null} : new String[] {k.substring(0, at), k.substring(at + 1)};
        }

        /** {@code a@1.0.0(react@18.2.0)} -> {@code a@1.0.0}. */
        private static String withoutPeers(String key) {
            int paren = key.indexOf('(');
            return paren > 0 ? key.substring(0, paren) : key;
        }
    }
}
