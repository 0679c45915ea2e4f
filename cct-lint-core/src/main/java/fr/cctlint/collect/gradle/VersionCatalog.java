package fr.cctlint.collect.gradle;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cctlint.collect.python.TomlText;
import fr.cctlint.model.Evidence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Gradle version catalog ({@code gradle/libs.versions.toml}) read with the TOML parser: {@code [versions]},
 * {@code [libraries]} ({@code "g:a:v"}, {@code module = "g:a"} or {@code group} + {@code name}, with
 * {@code version}, {@code version.ref} or a rich version {@code {strictly, require, prefer}}), {@code [plugins]}
 * ({@code id} + version) and {@code [bundles]} (lists of library aliases). Build scripts name entries through
 * accessors where {@code -}, {@code _} and {@code .} are all dots: {@code spring-core} is {@code libs.spring.core}.
 */
final class VersionCatalog {

    /** A library or plugin of the catalog: coordinates, version (or the unresolved expression) and where. */
    record Entry(String group, String name, String version, String expression, Evidence evidence) {
    }

    private final String name;
    private final Map<String, Entry> libraries = new HashMap<>();
    private final Map<String, Entry> plugins = new HashMap<>();
    private final Map<String, List<String>> bundles = new HashMap<>();

    private VersionCatalog(String name) {
        this.name = name;
    }

    /** The catalog's accessor name: {@code libs} for {@code libs.versions.toml}. */
    String name() {
        return name;
    }

    static VersionCatalog read(String accessor, TomlText toml) {
        VersionCatalog catalog = new VersionCatalog(accessor);
        JsonNode root = toml.root();
        JsonNode versions = root.path("versions");
        int librariesLine = toml.tableLine("libraries");
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("libraries").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String group;
            String artifact;
            String[] version;
            if (v.isTextual()) { // "g:a:v"
                String[] parts = v.asText().split(":");
                group = parts[0];
                artifact = parts.length > 1 ? parts[1] : "";
                version = parts.length > 2 ? new String[] {parts[2], null} : new String[] {null, null};
            } else {
                String module = v.path("module").asText("");
                group = module.contains(":") ? module.substring(0, module.indexOf(':')) : v.path("group").asText("");
                artifact = module.contains(":") ? module.substring(module.indexOf(':') + 1) : v.path("name").asText("");
                version = version(v.path("version"), versions);
            }
            if (group.isBlank() || artifact.isBlank()) {
                continue;
            }
            int line = toml.keyLine(e.getKey(), librariesLine);
            catalog.libraries.put(key(e.getKey()), new Entry(group, artifact, version[0], version[1],
                    toml.source().evidence(line)));
        }
        int pluginsLine = toml.tableLine("plugins");
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("plugins").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String id;
            String[] version;
            if (v.isTextual()) { // "id:version"
                String[] parts = v.asText().split(":", 2);
                id = parts[0];
                version = new String[] {parts.length > 1 ? parts[1] : null, null};
            } else {
                id = v.path("id").asText("");
                version = version(v.path("version"), versions);
            }
            if (!id.isBlank()) {
                int line = toml.keyLine(e.getKey(), pluginsLine);
                catalog.plugins.put(key(e.getKey()), new Entry(id, id + ".gradle.plugin", version[0], version[1],
                        toml.source().evidence(line)));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("bundles").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> members = new ArrayList<>();
            e.getValue().forEach(m -> members.add(key(m.asText())));
            catalog.bundles.put(key(e.getKey()), List.copyOf(members));
        }
        return catalog;
    }

    /** The library an accessor path names ({@code spring.core} of {@code libs.spring.core}). */
    Optional<Entry> library(String accessor) {
        return Optional.ofNullable(libraries.get(key(accessor)));
    }

    Optional<Entry> plugin(String accessor) {
        return Optional.ofNullable(plugins.get(key(accessor)));
    }

    /** The libraries of a bundle, or empty when there is no such bundle. */
    Optional<List<Entry>> bundle(String accessor) {
        List<String> members = bundles.get(key(accessor));
        if (members == null) {
            return Optional.empty();
        }
        return Optional.of(members.stream().map(libraries::get).filter(java.util.Objects::nonNull).toList());
    }

    /** {version, expression}: a plain version, a {@code ref} to [versions], or a rich version. */
    private static String[] version(JsonNode v, JsonNode versions) {
        if (v.isMissingNode() || v.isNull()) {
            return new String[] {null, null};
        }
        if (v.isObject() && v.has("ref")) {
            JsonNode target = versions.path(v.path("ref").asText());
            return target.isMissingNode() ? new String[] {null, "version.ref=" + v.path("ref").asText()}
                    : version(target, versions);
        }
        if (v.isTextual()) {
            return plain(v.asText());
        }
        for (String key : List.of("prefer", "require", "strictly")) { // rich version: what Gradle would pick first
            if (v.path(key).isTextual()) {
                String[] r = plain(v.path(key).asText());
                if (r[0] != null) {
                    return r;
                }
            }
        }
        return new String[] {null, v.toString()};
    }

    /** A single version, or null with the range kept ({@code [1.0,2.0)}, {@code 1.+}, {@code latest.release}). */
    static String[] plain(String version) {
        String v = version.strip();
        boolean range = v.isEmpty() || v.matches(".*[\\[\\](),+*].*") || v.startsWith("latest.");
        return range ? new String[] {null, v.isEmpty() ? null : v} : new String[] {v, null};
    }

    /** Accessor key: separators -, _ and . are one, case kept (Gradle keeps camelCase aliases). */
    static String key(String alias) {
        return alias.replaceAll("[-_.]+", ".");
    }
}
