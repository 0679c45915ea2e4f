package fr.cctlint.collect.npm;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cctlint.collect.JsonPositions;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code package-lock.json} and {@code npm-shrinkwrap.json}: the {@code packages} map of lockfile versions 2
 * and 3 (keys {@code node_modules/a/node_modules/b}; {@code ""} is the project, keys outside node_modules are
 * workspaces, {@code link} entries point at them), or the nested {@code dependencies} tree of version 1. npm
 * writes the {@code dev}, {@code optional} and {@code devOptional} flags itself, so they decide the scope.
 */
final class PackageLockParser {
    private static final String NODE_MODULES = "node_modules/";

    LockfileResult parse(SourceText source) {
        JsonPositions.Result read = JsonPositions.read(source);
        if (read.problem() != null) {
            return LockfileResult.failed(read.problem());
        }
        JsonPositions json = read.json();
        JsonNode root = json.root();
        if (!root.isObject()) {
            return LockfileResult.failed(Problems.at(source.path(), 1, 1, Message.of("npm.notAnObject")));
        }
        if (root.path("packages").isObject()) {
            return LockfileResult.ok(packages(source, json));
        }
        if (root.path("dependencies").isObject() || root.has("lockfileVersion")) {
            return LockfileResult.ok(dependencies(source, json));
        }
        return LockfileResult.failed(Problems.at(source.path(), 1, 1, Message.of("npm.unknownLockfile")));
    }

    /** Lockfile versions 2 and 3. */
    private static Lockfile packages(SourceText source, JsonPositions json) {
        List<LockedPackage> packages = new ArrayList<>();
        Map<String, LockedPackage> byPath = new HashMap<>();
        Set<String> importers = new HashSet<>();
        Set<String> linkedPaths = new HashSet<>();
        importers.add("");
        for (Map.Entry<String, JsonNode> e : json.root().path("packages").properties()) {
            String key = e.getKey();
            JsonNode entry = e.getValue();
            int at = key.lastIndexOf(NODE_MODULES);
            if (at < 0) {
                if (!key.isEmpty() && !key.startsWith("../") && !key.startsWith("/")) {
                    importers.add(key); // a workspace folder of this project
                }
                continue;
            }
            if (!entry.isObject() || entry.path("link").asBoolean(false)) {
                linkedPaths.add(key);
                continue; // a link to a workspace or a local folder: the project's own code
            }
            String name = entry.path("name").isTextual() ? entry.path("name").asText()
                    : key.substring(at + NODE_MODULES.length());
            int line = json.line("/packages/" + JsonPositions.segment(key));
            LockedPackage p = locked(name, text(entry, "version"), text(entry, "resolved"), scope(entry),
                    source, line);
            packages.add(p);
            byPath.put(key, p);
        }
        Map<String, LockedPackage> direct = new HashMap<>();
        Set<String> links = new HashSet<>();
        JsonNode rootEntry = json.root().path("packages").path("");
        for (String importer : importers) {
            JsonNode manifest = importer.isEmpty() ? rootEntry : json.root().path("packages").path(importer);
            for (String section : List.of("dependencies", "optionalDependencies", "peerDependencies", "devDependencies")) {
                for (Map.Entry<String, JsonNode> d : manifest.path(section).properties()) {
                    String prefix = importer.isEmpty() ? "" : importer + "/";
                    if (linkedPaths.contains(prefix + NODE_MODULES + d.getKey())
                            || linkedPaths.contains(NODE_MODULES + d.getKey())) {
                        links.add(Lockfile.key(importer, d.getKey()));
                    }
                    LockedPackage p = byPath.getOrDefault(prefix + NODE_MODULES + d.getKey(),
                            byPath.get(NODE_MODULES + d.getKey()));
                    if (p != null) {
                        direct.put(Lockfile.key(importer, d.getKey()), p);
                    }
                }
            }
        }
        // without the root entry (hand-trimmed files), top-level folders still resolve their own names
        for (Map.Entry<String, LockedPackage> e : byPath.entrySet()) {
            String rest = e.getKey().startsWith(NODE_MODULES) ? e.getKey().substring(NODE_MODULES.length()) : null;
            if (rest != null && !rest.contains(NODE_MODULES)) {
                direct.putIfAbsent(Lockfile.key("", rest), e.getValue());
            }
        }
        return new Lockfile(source.path(), packages, direct, importers, links);
    }

    /** Lockfile version 1: nested {@code dependencies}. */
    private static Lockfile dependencies(SourceText source, JsonPositions json) {
        List<LockedPackage> packages = new ArrayList<>();
        Map<String, LockedPackage> direct = new HashMap<>();
        walk(source, json, json.root().path("dependencies"), "/dependencies", packages, direct, true);
        return new Lockfile(source.path(), packages, direct, Set.of(""), Set.of());
    }

    private static void walk(SourceText source, JsonPositions json, JsonNode deps, String pointer,
            List<LockedPackage> out, Map<String, LockedPackage> direct, boolean top) {
        for (Map.Entry<String, JsonNode> e : deps.properties()) {
            JsonNode entry = e.getValue();
            if (!entry.isObject()) {
                continue;
            }
            String here = pointer + "/" + JsonPositions.segment(e.getKey());
            String name = e.getKey();
            String version = text(entry, "version");
            String resolved = text(entry, "resolved");
            if (version != null && version.startsWith("npm:")) { // alias: "b": {"version": "npm:a@1.0.0"}
                NpmSpec alias = NpmSpec.parse(name, version);
                name = alias.realName();
                version = alias.range();
            } else if (version != null && NpmSpec.ofResolved(version) != NpmSpec.Source.REGISTRY) {
                resolved = version; // git and file dependencies: the version field holds where it came from
                version = null;
            }
            LockedPackage p = locked(name, version, resolved, scope(entry), source, json.line(here));
            out.add(p);
            if (top) {
                direct.put(Lockfile.key("", e.getKey()), p);
            }
            walk(source, json, entry.path("dependencies"), here + "/dependencies", out, direct, false);
        }
    }

    private static LockedPackage locked(String name, String version, String resolved, Scope scope, SourceText source,
            int line) {
        NpmSpec.Source from = NpmSpec.ofResolved(resolved);
        if (from == NpmSpec.Source.REGISTRY && version != null && NpmSpec.ofResolved(version) != NpmSpec.Source.REGISTRY) {
            from = NpmSpec.ofResolved(version);
        }
        String plain = version != null && NpmSpec.exact(version) != null ? NpmSpec.exact(version) : null;
        String expression = from == NpmSpec.Source.REGISTRY ? (plain == null ? version : null)
                : NpmSpec.withoutCredentials(resolved != null ? resolved : version);
        return new LockedPackage(name, plain, scope, from, expression, source.evidence(line));
    }

    /** npm's own flags: dev-only packages are BUILD, optional ones (devOptional included) OPTIONAL. */
    private static Scope scope(JsonNode entry) {
        if (entry.path("dev").asBoolean(false)) {
            return Scope.BUILD;
        }
        if (entry.path("optional").asBoolean(false) || entry.path("devOptional").asBoolean(false)) {
            return Scope.OPTIONAL;
        }
        return Scope.RUNTIME;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isTextual() && !v.asText().isBlank() ? v.asText().strip() : null;
    }
}
