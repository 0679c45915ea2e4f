package fr.cctlint.collect.rust;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Components;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.Roles;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Scope;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads one {@code Cargo.lock} (TOML, lockfile versions 1 to 4) into components: every {@code [[package]]} with a
 * {@code source} is a crate linked into the binaries, RUNTIME. Packages without a source are the workspace's own
 * crates (path dependencies) and are not components.
 *
 * <p>The source is kept in {@code cargo:source}. A crate from crates.io has a plain purl
 * {@code pkg:cargo/serde@1.0.197}; one from another registry carries {@code repository_url}; one from git carries
 * {@code vcs_url} (repository and commit). Lines are found in the text (TOML trees keep no positions): the
 * {@code name = "..."} line of the n-th {@code [[package]]}.
 *
 * <p>Cargo.lock does not say which crates are only dev- or build-dependencies: every crate is RUNTIME.
 */
public final class CargoLockParser {
    private static final TomlMapper MAPPER = new TomlMapper();
    private static final String CRATES_IO_GIT = "registry+https://github.com/rust-lang/crates.io-index";
    private static final String CRATES_IO_SPARSE = "sparse+https://index.crates.io/";
    private static final String HEADER = "[[package]]";

    public Collection parse(SourceText source) {
        Collection.Builder out = new Collection.Builder();
        JsonNode root;
        try {
            root = MAPPER.readTree(source.text());
        } catch (StreamReadException e) {
            JsonLocation at = e.getLocation();
            out.problem(Problems.at(source.path(), at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    Message.of("collect.invalidToml", e.getOriginalMessage())));
            return out.build();
        } catch (IOException | RuntimeException e) {
            out.problem(Problems.at(source.path(), 0, 0, Message.of("collect.invalidToml", String.valueOf(e.getMessage()))));
            return out.build();
        }
        if (root == null || root.isMissingNode() || root.isEmpty()) {
            return out.build();
        }
        JsonNode packages = root.path("package");
        if (!packages.isMissingNode() && !packages.isArray()) {
            out.problem(Problems.at(source.path(), source.findLine("package", 1), 1, Message.of("rust.badPackages")));
            return out.build();
        }
        String lockVersion = root.path("version").isInt() ? root.path("version").asText() : null;
        Map<String, Component> byId = new LinkedHashMap<>();
        int cursor = 1;
        for (JsonNode p : packages) {
            int header = source.findLine(HEADER, cursor);
            int from = header > 0 ? header : cursor;
            String name = p.path("name").isTextual() ? p.path("name").asText() : null;
            String version = p.path("version").isTextual() ? p.path("version").asText() : null;
            int line = name == null ? 0 : source.findLine("name = \"" + name + "\"", from);
            line = line > 0 ? line : header;
            cursor = Math.max(from, line) + 1;
            if (name == null || name.isBlank() || version == null || version.isBlank()) {
                out.problem(Problems.at(source.path(), line, 1, Message.of("rust.badPackage", name == null ? "" : name)));
                continue;
            }
            JsonNode src = p.path("source");
            if (!src.isTextual()) {
                continue; // a workspace member or path dependency: the project's own code
            }
            Component c = component(source, name, version, src.asText(), lockVersion, line);
            byId.merge(c.id(), c, Components::merge);
        }
        byId.values().forEach(out::add);
        return out.build();
    }

    private static Component component(SourceText source, String name, String version, String src, String lockVersion,
            int line) {
        Map<String, String> qualifiers = new TreeMap<>();
        if (src.startsWith("git+")) {
            String url = src.substring("git+".length());
            int hash = url.indexOf('#');
            String commit = hash < 0 ? null : url.substring(hash + 1);
            String repo = hash < 0 ? url : url.substring(0, hash);
            int query = repo.indexOf('?');
            repo = query < 0 ? repo : repo.substring(0, query);
            qualifiers.put("vcs_url", "git+" + repo + (commit == null ? "" : "@" + commit));
        } else if (!src.equals(CRATES_IO_GIT) && !src.equals(CRATES_IO_SPARSE)) {
            int plus = src.indexOf('+');
            qualifiers.put("repository_url", plus < 0 ? src : src.substring(plus + 1));
        }
        Map<String, String> props = new LinkedHashMap<>();
        props.put("cargo:source", src);
        if (lockVersion != null) {
            props.put("cargo:lockfileVersion", lockVersion);
        }
        return Components.of(Components.purl("cargo", null, name, version, qualifiers), null, name, version,
                ComponentType.LIBRARY, Scope.RUNTIME, Roles.PACKED_LIBRARY, source.evidence(line), props);
    }
}
