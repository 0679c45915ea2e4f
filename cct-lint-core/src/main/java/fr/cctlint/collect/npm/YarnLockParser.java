package fr.cctlint.collect.npm;

import fr.cctlint.collect.SourceText;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a yarn.lock, classic or berry (told apart by berry's {@code __metadata} block). yarn writes no dev flags:
 * the scopes come from the manifests' dependency sections, followed through the lockfile's own dependency graph
 * ({@link DependencyGraph}). Without any manifest, every package is taken as RUNTIME.
 */
final class YarnLockParser {
    private static final Pattern BERRY = Pattern.compile("(?m)^__metadata:");

    /**
     * @param importers the manifests the lockfile serves, by folder relative to the lockfile's ({@code ""} for
     *                  its own); empty when there is none
     */
    LockfileResult parse(SourceText source, Map<String, PackageJson> importers) {
        boolean berry = BERRY.matcher(source.text()).find();
        List<YarnEntry> entries;
        Problem problem;
        if (berry) {
            YarnBerryReader.Result r = new YarnBerryReader().read(source);
            entries = r.entries();
            problem = r.problem();
        } else {
            YarnClassicReader.Result r = new YarnClassicReader().read(source);
            entries = r.entries();
            problem = r.problem();
        }
        if (problem != null) {
            return LockfileResult.failed(problem);
        }
        return LockfileResult.ok(assemble(source, entries, importers, berry));
    }

    private static Lockfile assemble(SourceText source, List<YarnEntry> entries, Map<String, PackageJson> importers,
            boolean berry) {
        Map<String, YarnEntry> byDescriptor = new HashMap<>();
        Set<String> folders = new HashSet<>();
        folders.add("");
        for (YarnEntry e : entries) {
            e.descriptors().forEach(d -> byDescriptor.putIfAbsent(d, e));
            if (e.resolution() != null) {
                byDescriptor.putIfAbsent(e.resolution(), e);
                String range = YarnEntry.rangeOf(e.resolution());
                if (range.startsWith("workspace:") && !range.equals("workspace:.")) {
                    folders.add(range.substring("workspace:".length()));
                }
            }
        }
        DependencyGraph graph = new DependencyGraph();
        for (YarnEntry e : entries) {
            e.dependencies().forEach((name, range) -> target(byDescriptor, name, range)
                    .ifPresent(t -> graph.edge(e.key(), t.key(), false)));
            e.optional().forEach((name, range) -> target(byDescriptor, name, range)
                    .ifPresent(t -> graph.edge(e.key(), t.key(), true)));
        }
        Map<String, LockedPackage> direct = new HashMap<>();
        Map<String, YarnEntry> directEntries = new HashMap<>();
        Set<String> links = new HashSet<>();
        importers.forEach((folder, manifest) -> {
            for (PackageJson.Declared d : manifest.dependencies()) {
                target(byDescriptor, d.name(), d.spec()).ifPresent(t -> {
                    if (t.local()) {
                        links.add(Lockfile.key(folder, d.name()));
                    }
                    graph.root(t.key(), d.scope());
                    directEntries.put(Lockfile.key(folder, d.name()), t);
                });
            }
        });
        Map<String, Scope> scopes = importers.isEmpty() ? null : graph.scopes();
        Map<String, LockedPackage> byKey = new HashMap<>();
        List<LockedPackage> packages = new ArrayList<>();
        for (YarnEntry e : entries) {
            if (e.local()) {
                continue;
            }
            Scope scope = scopes == null ? Scope.RUNTIME : scopes.getOrDefault(e.key(), Scope.BUILD);
            LockedPackage p = locked(source, e, scope, berry);
            packages.add(p);
            byKey.put(e.key(), p);
        }
        directEntries.forEach((k, e) -> {
            LockedPackage p = byKey.get(e.key());
            if (p != null) {
                direct.put(k, p);
            }
        });
        return new Lockfile(source.path(), packages, direct, folders, links);
    }

    private static Optional<YarnEntry> target(Map<String, YarnEntry> byDescriptor, String name, String range) {
        YarnEntry e = byDescriptor.get(name + "@" + range);
        if (e == null) {
            e = byDescriptor.get(name + "@npm:" + range);
        }
        return Optional.ofNullable(e);
    }

    private static LockedPackage locked(SourceText source, YarnEntry e, Scope scope, boolean berry) {
        String descriptor = e.descriptors().isEmpty() ? e.key() : e.descriptors().get(0);
        NpmSpec spec = NpmSpec.parse(YarnEntry.nameOf(descriptor), YarnEntry.rangeOf(descriptor));
        String name = spec.realName(); // classic aliases: "b@npm:a@^1.0.0" installs a
        NpmSpec.Source from = spec.source();
        if (berry && e.resolution() != null) { // "a@npm:1.0.0", "a@https://github.com/u/a.git#commit=..."
            name = YarnEntry.nameOf(e.resolution());
            String resolved = YarnEntry.rangeOf(e.resolution());
            from = resolved.startsWith("npm:") ? NpmSpec.Source.REGISTRY : NpmSpec.parse(name, resolved).source();
        } else if (from == NpmSpec.Source.REGISTRY) {
            from = NpmSpec.ofResolved(e.resolution());
        }
        String version = NpmSpec.exact(e.version() == null ? "" : e.version());
        String expression = from == NpmSpec.Source.REGISTRY ? (version == null ? e.version() : null)
                : NpmSpec.withoutCredentials(e.resolution() != null ? e.resolution() : spec.range());
        return new LockedPackage(name, version, scope, from, expression, source.evidence(e.line()));
    }
}
