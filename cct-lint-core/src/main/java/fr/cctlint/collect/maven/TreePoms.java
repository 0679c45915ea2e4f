package fr.cctlint.collect.maven;

import fr.cctlint.collect.Problems;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import fr.cctlint.source.SourceTree;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.maven.model.InputSource;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3ReaderEx;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;

/**
 * The POMs of one tree, each read once: the claimed {@code pom.xml} files (raw model with positions, or the problem
 * that kept it from being read), looked up by path or by coordinates; and the {@code *.pom} files laid out as a
 * Maven repository inside the tree, read only when a parent or a BOM names them.
 */
final class TreePoms {
    /** One readable POM of the tree. */
    record Pom(String path, byte[] bytes, Model raw) {
        String groupId() {
            return raw.getGroupId() != null ? raw.getGroupId()
                    : raw.getParent() != null ? raw.getParent().getGroupId() : null;
        }

        String version() {
            return raw.getVersion() != null ? raw.getVersion()
                    : raw.getParent() != null ? raw.getParent().getVersion() : null;
        }

        String key() {
            return groupId() + ":" + raw.getArtifactId();
        }
    }

    private final SourceTree tree;
    private final Map<String, Pom> byPath = new LinkedHashMap<>();
    private final Map<String, List<Pom>> byKey = new HashMap<>();
    private final List<String> repositoryPoms;
    private final Map<String, Optional<Pom>> repositoryReads = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    TreePoms(SourceTree tree, List<String> claimed) {
        this.tree = tree;
        for (String path : claimed) {
            read(path).ifPresent(pom -> {
                byPath.put(path, pom);
                byKey.computeIfAbsent(pom.key(), k -> new ArrayList<>()).add(pom);
            });
        }
        this.repositoryPoms = tree.files().stream().filter(p -> p.endsWith(".pom")).toList();
    }

    /** The readable claimed POMs, in path order. */
    List<Pom> poms() {
        return List.copyOf(byPath.values());
    }

    /** The bytes of a POM of the tree that was read (claimed, or in repository layout and asked for). */
    Optional<byte[]> bytes(String path) {
        Pom pom = byPath.get(path);
        if (pom == null) {
            pom = repositoryReads.getOrDefault(path, Optional.empty()).orElse(null);
        }
        return Optional.ofNullable(pom).map(Pom::bytes);
    }

    /** Why some claimed POMs could not be read. */
    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Whether {@code groupId:artifactId} is one of the tree's own modules. */
    boolean isModule(String groupId, String artifactId) {
        return byKey.containsKey(groupId + ":" + artifactId);
    }

    /**
     * The POM a path relative to another one names ({@code ../pom.xml}, {@code ../parent}): a file or a folder holding
     * a {@code pom.xml}. Empty when it leaves the tree or is not a readable POM of it.
     */
    Optional<Pom> related(String fromPath, String relativePath) {
        String base = fromPath.contains("/") ? fromPath.substring(0, fromPath.lastIndexOf('/')) : "";
        String joined = base.isEmpty() ? relativePath : base + "/" + relativePath;
        Optional<String> normalized = normalize(joined.replace('\\', '/'));
        if (normalized.isEmpty() || relativePath.startsWith("/")) {
            return Optional.empty();
        }
        String target = normalized.get();
        Pom pom = byPath.get(target);
        if (pom == null) {
            pom = byPath.get(target.isEmpty() ? "pom.xml" : target + "/pom.xml");
        }
        return Optional.ofNullable(pom);
    }

    /**
     * A POM of the tree with these coordinates: a claimed {@code pom.xml} (the same version as written, else the only
     * one with that group and artifact, else one whose version is an expression such as {@code ${revision}}), or a
     * {@code *.pom} in repository layout. Empty when the tree does not hold it.
     */
    Optional<Pom> find(String groupId, String artifactId, String version) {
        List<Pom> candidates = byKey.getOrDefault(groupId + ":" + artifactId, List.of());
        Optional<Pom> exact = candidates.stream().filter(p -> Objects.equals(p.version(), version)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        if (candidates.size() == 1 && !isLiteral(candidates.get(0).version())) {
            return Optional.of(candidates.get(0));
        }
        Optional<Pom> expression = candidates.stream().filter(p -> !isLiteral(p.version())).findFirst();
        if (expression.isPresent()) {
            return expression;
        }
        return inRepositoryLayout(groupId, artifactId, version);
    }

    private Optional<Pom> inRepositoryLayout(String groupId, String artifactId, String version) {
        if (groupId == null || artifactId == null || version == null || repositoryPoms.isEmpty()) {
            return Optional.empty();
        }
        String suffix = groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/" + artifactId + "-" + version
                + ".pom";
        return repositoryPoms.stream().filter(p -> p.equals(suffix) || p.endsWith("/" + suffix)).findFirst()
                .flatMap(p -> repositoryReads.computeIfAbsent(p, this::readQuietly));
    }

    private Optional<Pom> readQuietly(String path) {
        try {
            byte[] bytes = tree.read(path);
            if (NestingCheck.problem(path, bytes).isPresent()) {
                return Optional.empty();
            }
            return Optional.of(new Pom(path, bytes, parse(path, bytes)));
        } catch (IOException | XmlPullParserException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<Pom> read(String path) {
        byte[] bytes;
        try {
            bytes = tree.read(path);
        } catch (IOException e) {
            problems.add(Problems.unreadable(path, e));
            return Optional.empty();
        }
        Optional<Problem> tooDeep = NestingCheck.problem(path, bytes);
        if (tooDeep.isPresent()) {
            problems.add(tooDeep.get());
            return Optional.empty();
        }
        try {
            return Optional.of(new Pom(path, bytes, parse(path, bytes)));
        } catch (XmlPullParserException e) {
            problems.add(Problems.at(path, e.getLineNumber(), e.getColumnNumber(),
                    Message.of("collect.invalidXml", shortMessage(e))));
        } catch (IOException | RuntimeException e) {
            problems.add(Problems.at(path, 0, 0, Message.of("collect.invalidXml", String.valueOf(e.getMessage()))));
        }
        return Optional.empty();
    }

    /** The raw model with the position of every element, as Maven itself reads it (entities are never resolved). */
    static Model parse(String path, byte[] bytes) throws IOException, XmlPullParserException {
        InputSource source = new InputSource();
        source.setLocation(path);
        return new MavenXpp3ReaderEx().read(new ByteArrayInputStream(bytes), false, source);
    }

    /** The parser's message without the position it appends (the problem carries line and column). */
    private static String shortMessage(XmlPullParserException e) {
        String message = String.valueOf(e.getMessage());
        int position = message.indexOf(" (position:");
        return (position > 0 ? message.substring(0, position) : message).strip();
    }

    private static boolean isLiteral(String version) {
        return version != null && !version.contains("${");
    }

    /** {@code a/b/../c} to {@code a/c}; empty when the path climbs above the root. */
    static Optional<String> normalize(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }
}
