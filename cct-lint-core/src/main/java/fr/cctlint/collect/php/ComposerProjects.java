package fr.cctlint.collect.php;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Components;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.Roles;
import fr.cctlint.collect.SourceFiles;
import fr.cctlint.collect.SourceText;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import fr.cctlint.source.SourceTree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The Composer projects of one tree, one per folder holding composer.json and/or composer.lock. Locked packages
 * come first (their version wins); a package required in composer.json gets that line as second evidence; one
 * that the lock does not hold (or every one, when the lock cannot be read) keeps its constraint unresolved.
 *
 * <p>{@code php} becomes the component {@code pkg:generic/php} of type PLATFORM: the runtime the application
 * is operated on, which the referential lists (PHP). Its version is the constraint's exact version or null,
 * with the constraint in {@code cct:versionExpression}.
 */
final class ComposerProjects {
    static final String EXPRESSION_KEY = "cct:versionExpression";

    private final SourceTree tree;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Component> components = new LinkedHashMap<>();

    ComposerProjects(SourceTree tree) {
        this.tree = tree;
    }

    Collection read(List<String> paths) {
        java.util.Set<String> claimed = new java.util.HashSet<>(paths);
        TreeSet<String> folders = new TreeSet<>();
        for (String p : paths) {
            int slash = p.lastIndexOf('/');
            folders.add(slash < 0 ? "" : p.substring(0, slash));
        }
        for (String folder : folders) {
            String prefix = folder.isEmpty() ? "" : folder + "/";
            List<ComposerPackage> locked = claimed.contains(prefix + ComposerCollector.LOCKFILE)
                    ? parse(prefix + ComposerCollector.LOCKFILE, true) : List.of();
            List<ComposerPackage> declared = claimed.contains(prefix + ComposerCollector.MANIFEST)
                    ? parse(prefix + ComposerCollector.MANIFEST, false) : List.of();
            Map<String, Component> byName = new HashMap<>();
            for (ComposerPackage p : locked) {
                if (p.isPhp() && declared.stream().anyMatch(ComposerPackage::isPhp)) {
                    continue; // composer.json says it where the developer wrote it
                }
                Component c = component(p);
                byName.putIfAbsent(p.name(), c);
                add(c);
            }
            for (ComposerPackage p : declared) {
                Component installed = byName.get(p.name());
                if (installed == null) {
                    add(component(p));
                } else {
                    add(new Component(installed.id(), installed.name(), installed.group(), installed.version(),
                            installed.purl(), installed.cpe(), installed.type(), installed.scope(), false,
                            List.of(p.evidence()), installed.properties()));
                }
            }
        }
        List<Component> out = new ArrayList<>(components.values());
        out.sort(Comparator.comparing((Component c) -> c.primaryEvidence().file())
                .thenComparingInt(c -> c.primaryEvidence().line()).thenComparing(Component::id));
        problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
        return new Collection(out, problems);
    }

    private List<ComposerPackage> parse(String path, boolean lock) {
        Optional<SourceText> text = text(path);
        if (text.isEmpty()) {
            return List.of();
        }
        ComposerJsonParser.Result r = lock ? new ComposerLockParser().parse(text.get())
                : new ComposerJsonParser().parse(text.get());
        if (r.problem() != null) {
            problems.add(r.problem());
        }
        return r.packages();
    }

    private static Component component(ComposerPackage p) {
        Map<String, String> props = new LinkedHashMap<>();
        if (p.expression() != null && !p.expression().isBlank()) {
            props.put(EXPRESSION_KEY, p.expression());
        }
        if (p.isPhp()) {
            return Components.of(Components.purl("generic", null, "php", p.version(), null), null, "php",
                    p.version(), ComponentType.PLATFORM, p.scope(), null, p.evidence(), props);
        }
        int slash = p.name().indexOf('/');
        String vendor = p.name().substring(0, slash);
        String name = p.name().substring(slash + 1);
        return Components.of(Components.purl("composer", vendor, name, p.version(), null), vendor, name, p.version(),
                ComponentType.LIBRARY, p.scope(), Roles.PACKED_LIBRARY, p.evidence(), props);
    }

    /** Merged by id: two pieces of evidence, and the stronger scope (RUNTIME over BUILD). */
    private void add(Component c) {
        components.merge(c.id(), c, (a, b) -> {
            Component m = Components.merge(a, b);
            Scope scope = a.scope() == Scope.RUNTIME || b.scope() == Scope.RUNTIME ? Scope.RUNTIME : m.scope();
            return new Component(m.id(), m.name(), m.group(), m.version(), m.purl(), m.cpe(), m.type(), scope,
                    false, m.evidence(), m.properties());
        });
    }

    private Optional<SourceText> text(String path) {
        return SourceFiles.text(tree, path, problems);
    }
}
