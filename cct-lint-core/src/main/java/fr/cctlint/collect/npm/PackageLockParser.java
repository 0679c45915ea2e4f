package fr.cctlint.collect.npm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Scope;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code package-lock.json} and {@code npm-shrinkwrap.json}: the {@code packages} map of lockfile versions 2
 * and 3 (keys {@code node_modules/a/node_modules/b}; {@code ""} is the project, keys outside node_modules are
 * workspaces, {@code link} entries point at them), or the nested {@code dependencies} tree of version 1. npm
 * writes the {@code dev}, {@code optional} and {@code devOptional} flags itself, so they decide the scope.
 *
 * <p>Lockfiles of large projects run to tens of megabytes: they are read in one streaming pass, each package
 * entry as a small tree with the line of its key, rather than through {@link fr.cctlint.collect.JsonPositions}
 * (a full tree plus a second pass noting every value's position).
 */
final class PackageLockParser {
    private static final String NODE_MODULES = "node_modules/";
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
            .build());

    LockfileResult parse(SourceText source) {
        try (JsonParser p = MAPPER.createParser(source.text())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                int line = p.currentToken() == null ? 1 : p.currentTokenLocation().getLineNr();
                return LockfileResult.failed(Problems.at(source.path(), line, 1,
                        Message.of(p.currentToken() == null ? "npm.unknownLockfile" : "npm.notAnObject")));
            }
            Reading reading = new Reading(source);
            boolean v1 = false;
            boolean v2 = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("packages") && value == JsonToken.START_OBJECT) {
                    reading.packages(p);
                    v2 = true;
                } else if (field.equals("dependencies") && value == JsonToken.START_OBJECT && !v2) {
                    reading.dependencies(p, true, reading.v1);
                    v1 = true;
                } else {
                    v1 |= field.equals("lockfileVersion");
                    p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                return LockfileResult.failed(Problems.at(source.path(), p.currentTokenLocation().getLineNr(),
                        p.currentTokenLocation().getColumnNr(), Message.of("collect.invalidJson", "trailing content")));
            }
            if (v2) {
                return LockfileResult.ok(reading.v2Lockfile());
            }
            if (v1) {
                return LockfileResult.ok(new Lockfile(source.path(), reading.v1, reading.v1Direct, Set.of(""), Set.of()));
            }
            return LockfileResult.failed(Problems.at(source.path(), 1, 1, Message.of("npm.unknownLockfile")));
        } catch (StreamReadException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            return LockfileResult.failed(Problems.at(source.path(), line, column,
                    Message.of("collect.invalidJson", e.getOriginalMessage())));
        } catch (IOException e) {
            return LockfileResult.failed(Problems.unreadable(source.path(), e));
        }
    }

    /** State of one lockfile's reading. */
    private static final class Reading {
        private final SourceText source;
        // versions 2 and 3
        private final List<LockedPackage> packages = new ArrayList<>();
        private final Map<String, LockedPackage> byPath = new HashMap<>();
        private final Map<String, JsonNode> importerEntries = new LinkedHashMap<>();
        private final Set<String> linkedPaths = new HashSet<>();
        // version 1
        private final List<LockedPackage> v1 = new ArrayList<>();
        private final Map<String, LockedPackage> v1Direct = new HashMap<>();

        Reading(SourceText source) {
            this.source = source;
        }

        /** The {@code packages} object, the parser on its START_OBJECT. */
        void packages(JsonParser p) throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int line = p.currentTokenLocation().getLineNr();
                JsonToken start = p.nextToken();
                int at = key.lastIndexOf(NODE_MODULES);
                if (at < 0) {
                    JsonNode entry = p.readValueAsTree();
                    if (!key.startsWith("../") && !key.startsWith("/") && entry != null) {
                        importerEntries.put(key, entry); // the project ("") or one of its workspaces
                    }
                    continue;
                }
                if (start != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                Map<String, String> fields = new HashMap<>(); // the few scalars that matter; the rest is skipped
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if (value.isScalarValue()) {
                        fields.put(field, p.getText());
                    } else {
                        p.skipChildren();
                    }
                }
                if ("true".equals(fields.get("link"))) {
                    linkedPaths.add(key); // a link to a workspace or a local folder: the project's own code
                    continue;
                }
                String name = blankToNull(fields.get("name"));
                Scope scope = "true".equals(fields.get("dev")) ? Scope.BUILD
                        : "true".equals(fields.get("optional")) || "true".equals(fields.get("devOptional"))
                                ? Scope.OPTIONAL : Scope.RUNTIME;
                LockedPackage locked = locked(name != null ? name : key.substring(at + NODE_MODULES.length()),
                        blankToNull(fields.get("version")), blankToNull(fields.get("resolved")), scope, line);
                packages.add(locked);
                byPath.put(key, locked);
            }
        }

        Lockfile v2Lockfile() {
            Map<String, LockedPackage> direct = new HashMap<>();
            Set<String> links = new HashSet<>();
            Set<String> importers = new HashSet<>(importerEntries.keySet());
            importers.add("");
            importerEntries.forEach((importer, manifest) -> {
                String prefix = importer.isEmpty() ? "" : importer + "/";
                for (String section : List.of("dependencies", "optionalDependencies", "peerDependencies",
                        "devDependencies")) {
                    manifest.path(section).fieldNames().forEachRemaining(name -> {
                        String own = prefix + NODE_MODULES + name;
                        String hoisted = NODE_MODULES + name;
                        if (linkedPaths.contains(own) || linkedPaths.contains(hoisted)) {
                            links.add(Lockfile.key(importer, name));
                        }
                        LockedPackage p = byPath.getOrDefault(own, byPath.get(hoisted));
                        if (p != null) {
                            direct.put(Lockfile.key(importer, name), p);
                        }
                    });
                }
            });
            // without the root entry (hand-trimmed files), top-level folders still resolve their own names
            byPath.forEach((path, p) -> {
                String rest = path.startsWith(NODE_MODULES) ? path.substring(NODE_MODULES.length()) : null;
                if (rest != null && !rest.contains(NODE_MODULES)) {
                    direct.putIfAbsent(Lockfile.key("", rest), p);
                }
            });
            return new Lockfile(source.path(), packages, direct, importers, links);
        }

        /** A version 1 {@code dependencies} object, the parser on its START_OBJECT. */
        void dependencies(JsonParser p, boolean top, List<LockedPackage> out) throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int line = p.currentTokenLocation().getLineNr();
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    continue;
                }
                String version = null;
                String resolved = null;
                boolean dev = false;
                boolean optional = false;
                List<LockedPackage> nested = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    switch (field) {
                        case "version" -> version = value == JsonToken.VALUE_STRING ? p.getText().strip() : null;
                        case "resolved" -> resolved = value == JsonToken.VALUE_STRING ? p.getText().strip() : null;
                        case "dev" -> dev = value == JsonToken.VALUE_TRUE;
                        case "optional" -> optional = value == JsonToken.VALUE_TRUE;
                        case "dependencies" -> {
                            if (value == JsonToken.START_OBJECT) {
                                dependencies(p, false, nested);
                            } else {
                                p.skipChildren();
                            }
                        }
                        default -> p.skipChildren();
                    }
                }
                String name = key;
                if (version != null && version.startsWith("npm:")) { // alias: "b": {"version": "npm:a@1.0.0"}
                    NpmSpec alias = NpmSpec.parse(name, version);
                    name = alias.realName();
                    version = alias.range();
                } else if (version != null && NpmSpec.ofResolved(version) != NpmSpec.Source.REGISTRY) {
                    resolved = version; // git and file dependencies: the version field says where it came from
                    version = null;
                }
                Scope scope = dev ? Scope.BUILD : optional ? Scope.OPTIONAL : Scope.RUNTIME;
                LockedPackage locked = locked(name, version, resolved, scope, line);
                out.add(locked);
                out.addAll(nested);
                if (top) {
                    v1Direct.put(Lockfile.key("", key), locked);
                }
            }
        }

        private LockedPackage locked(String name, String version, String resolved, Scope scope, int line) {
            NpmSpec.Source from = NpmSpec.ofResolved(resolved);
            String plain = version == null ? null : NpmSpec.exact(version);
            String expression = from == NpmSpec.Source.REGISTRY ? (plain == null ? version : null)
                    : NpmSpec.withoutCredentials(resolved);
            return new LockedPackage(name, plain, scope, from, expression, source.evidence(line));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
