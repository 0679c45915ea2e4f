package fr.cctlint.collect.npm;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.SourceFiles;
import fr.cctlint.collect.SourceText;
import fr.cctlint.model.Component;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.source.SourceTree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The npm projects of one tree. A folder with a lockfile is a project: its package.json and those of its
 * workspaces (named by the lockfile, or matching the root's {@code workspaces} globs) are read with it, and
 * each declared dependency is merged into the package the lockfile installed for it. A package.json with no
 * lockfile of its own or of a workspace root gives its declared dependencies, ranges kept unresolved. A
 * lockfile that cannot be read is a problem and the manifest's ranges are kept. Components are merged by id
 * across the whole tree (the stronger scope wins) and returned in file, then line order.
 */
final class NpmProjects {
    private final SourceTree tree;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Component> components = new LinkedHashMap<>();
    private final Map<String, Optional<PackageJson>> manifests = new HashMap<>();

    NpmProjects(SourceTree tree) {
        this.tree = tree;
    }

    Collection read(List<String> paths) {
        Map<String, Set<String>> byFolder = new TreeMap<>();
        for (String p : paths) {
            int slash = p.lastIndexOf('/');
            byFolder.computeIfAbsent(slash < 0 ? "" : p.substring(0, slash), k -> new TreeSet<>())
                    .add(p.substring(slash + 1));
        }
        Set<String> manifestFolders = new TreeSet<>();
        byFolder.forEach((folder, names) -> {
            if (names.contains(NpmCollector.MANIFEST)) {
                manifestFolders.add(folder);
            }
        });
        Set<String> lockFolders = new TreeSet<>();
        byFolder.forEach((folder, names) -> {
            if (NpmCollector.LOCKFILES.stream().anyMatch(names::contains)) {
                lockFolders.add(folder);
            }
        });
        Set<String> covered = new HashSet<>();
        for (String folder : lockFolders) {
            String lockName = NpmCollector.LOCKFILES.stream().filter(byFolder.get(folder)::contains).findFirst()
                    .orElseThrow();
            project(folder, lockName, manifestFolders, lockFolders, covered);
        }
        for (String folder : manifestFolders) {
            if (!covered.contains(folder)) {
                manifest(folder).ifPresent(m -> declaredOnly(m));
            }
        }
        List<Component> out = new ArrayList<>(components.values());
        out.sort(Comparator.comparing((Component c) -> c.primaryEvidence().file())
                .thenComparingInt(c -> c.primaryEvidence().line()).thenComparing(Component::id));
        problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
        return new Collection(out, problems);
    }

    private void project(String folder, String lockName, Set<String> manifestFolders, Set<String> lockFolders,
            Set<String> covered) {
        Optional<PackageJson> root = manifestFolders.contains(folder) ? manifest(folder) : Optional.empty();
        List<String> globs = root.map(PackageJson::workspaces).orElse(List.of());
        Map<String, PackageJson> importers = new LinkedHashMap<>();
        root.ifPresent(m -> importers.put("", m));
        List<String> candidates = new ArrayList<>(); // package.json folders below this one, without their own lockfile
        for (String m : manifestFolders) {
            String rel = relative(folder, m);
            if (rel != null && !rel.isEmpty() && !lockFolders.contains(m) && !covered.contains(m)) {
                candidates.add(m);
                if (Workspaces.matches(globs, rel)) {
                    manifest(m).ifPresent(p -> importers.put(rel, p));
                }
            }
        }
        String lockPath = folder.isEmpty() ? lockName : folder + "/" + lockName;
        LockfileResult result = readLockfile(lockPath, lockName, importers);
        if (result.problem() != null) {
            problems.add(result.problem());
        }
        Lockfile lockfile = result.lockfile();
        if (lockfile != null) {
            for (String m : candidates) {
                String rel = relative(folder, m);
                if (!importers.containsKey(rel) && lockfile.importers().contains(rel)) {
                    manifest(m).ifPresent(p -> importers.put(rel, p));
                }
            }
            lockfile.packages().forEach(p -> add(NpmComponents.installed(p)));
        }
        covered.add(folder);
        importers.forEach((rel, manifest) -> {
            covered.add(rel.isEmpty() ? folder : folder.isEmpty() ? rel : folder + "/" + rel);
            declared(manifest, rel, lockfile);
        });
    }

    private void declaredOnly(PackageJson manifest) {
        declared(manifest, "", null);
    }

    /** The manifest's dependencies: merged into what the lockfile installed for them, or kept as declared. */
    private void declared(PackageJson manifest, String importer, Lockfile lockfile) {
        for (PackageJson.Declared d : manifest.dependencies()) {
            NpmSpec spec = NpmSpec.parse(d.name(), d.spec());
            if (spec.source() == NpmSpec.Source.WORKSPACE || spec.source() == NpmSpec.Source.REGISTRY
                    && lockfile != null && lockfile.linked(importer, d.name())) {
                continue; // another workspace of the same repository (file: and link: folders are kept, noted)
            }
            LockedPackage installed = lockfile == null ? null : lockfile.resolve(importer, d.name());
            if (installed != null) {
                Component c = NpmComponents.installed(installed);
                add(withEvidence(c, d.evidence()));
            } else {
                add(NpmComponents.declared(d, spec));
            }
        }
        if (manifest.nodeEngine() != null) {
            add(NpmComponents.node(manifest.nodeEngine()));
        }
    }

    private static Component withEvidence(Component c, Evidence evidence) {
        return new Component(c.id(), c.name(), c.group(), c.version(), c.purl(), c.cpe(), c.type(), c.scope(),
                c.subject(), List.of(evidence), c.properties());
    }

    private void add(Component c) {
        components.merge(c.id(), c, NpmComponents::merge);
    }

    private LockfileResult readLockfile(String path, String name, Map<String, PackageJson> importers) {
        Optional<SourceText> text = text(path);
        if (text.isEmpty()) {
            return LockfileResult.failed(null);
        }
        return switch (name) {
            case "yarn.lock" -> new YarnLockParser().parse(text.get(), importers);
            case "pnpm-lock.yaml" -> new PnpmLockParser().parse(text.get());
            default -> new PackageLockParser().parse(text.get());
        };
    }

    private Optional<PackageJson> manifest(String folder) {
        return manifests.computeIfAbsent(folder, f -> {
            String path = f.isEmpty() ? NpmCollector.MANIFEST : f + "/" + NpmCollector.MANIFEST;
            return text(path).flatMap(t -> {
                PackageJsonParser.Result r = new PackageJsonParser().parse(t);
                if (r.problem() != null) {
                    problems.add(r.problem());
                }
                return Optional.ofNullable(r.manifest());
            });
        });
    }

    private Optional<SourceText> text(String path) {
        return SourceFiles.text(tree, path, problems);
    }

    /** {@code child} relative to {@code parent} ("" when equal), or null when it is not inside it. */
    private static String relative(String parent, String child) {
        if (parent.isEmpty()) {
            return child;
        }
        if (child.equals(parent)) {
            return "";
        }
        return child.startsWith(parent + "/") ? child.substring(parent.length() + 1) : null;
    }
}
