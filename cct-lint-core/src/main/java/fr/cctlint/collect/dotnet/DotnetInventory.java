package fr.cctlint.collect.dotnet;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Components;
import fr.cctlint.collect.Roles;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins what the .NET files of one tree declare into components.
 *
 * <ul>
 *   <li>A project's {@code PackageReference} takes its version from {@code VersionOverride}, else {@code Version},
 *       else the {@code PackageVersion} of the nearest {@code Directory.Packages.props} above it; {@code $(Name)}
 *       is replaced from the project's properties, then the nearest {@code Directory.Build.props}, then
 *       {@code Directory.Packages.props}. A range or floating version ({@code [1.0,2.0)}, {@code 1.*}) or an
 *       unknown property is kept as {@code cct:versionExpression} with no version.</li>
 *   <li>When {@code packages.lock.json} sits next to the project, its resolved versions win and its transitive
 *       packages are added; a transitive package reached only through build-only packages is build-only too.</li>
 *   <li>{@code PrivateAssets="all"} (analyzers, source generators, SourceLink) and {@code GlobalPackageReference}
 *       are BUILD; every package of a test project ({@code IsTestProject}, or one referencing
 *       {@code Microsoft.NET.Test.Sdk}) is TEST; the rest is RUNTIME.</li>
 *   <li>Each target framework is the runtime it needs: {@code pkg:generic/dotnet@8.0}, a PLATFORM (operated).</li>
 * </ul>
 * MSBuild conditions are not evaluated: every item and property counts, whatever its {@code Condition}.
 */
final class DotnetInventory {
    private static final Pattern PROPERTY = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_.-]*)\\)");
    private static final Pattern PLAIN_VERSION = Pattern.compile("[0-9][0-9A-Za-z.+-]*");
    private static final Pattern EXACT_VERSION = Pattern.compile("\\[\\s*([0-9][0-9A-Za-z.+-]*)\\s*]");

    private final List<ProjectFile> files;
    private final Map<String, PackagesLock> locksByFolder = new LinkedHashMap<>();
    private final Map<String, Component> components = new LinkedHashMap<>();

    DotnetInventory(List<ProjectFile> files, List<PackagesLock> locks) {
        this.files = List.copyOf(files);
        for (PackagesLock lock : locks) {
            locksByFolder.put(folderOf(lock.path()), lock);
        }
    }

    Collection build() {
        Set<String> lockFoldersUsed = new HashSet<>();
        for (ProjectFile file : files) {
            switch (file.kind()) {
                case PROJECT, PACKAGES_CONFIG -> {
                    PackagesLock lock = file.kind() == ProjectFile.Kind.PROJECT ? locksByFolder.get(file.folder()) : null;
                    if (lock != null && lockFoldersUsed.add(file.folder())) {
                        project(file, lock);
                    } else {
                        project(file, null);
                    }
                }
                case BUILD_PROPS -> references(file, file.references(), false);
                case PACKAGES_PROPS -> references(file, file.globalReferences(), false);
            }
        }
        for (Map.Entry<String, PackagesLock> lock : locksByFolder.entrySet()) {
            if (!lockFoldersUsed.contains(lock.getKey())) {
                locked(null, lock.getValue(), Map.of(), false);
            }
        }
        Collection.Builder out = new Collection.Builder();
        components.values().forEach(out::add);
        return out.build();
    }

    private void project(ProjectFile project, PackagesLock lock) {
        boolean test = project.isTestProject();
        List<ProjectFile.Framework> frameworks = project.frameworks();
        ProjectFile buildProps = nearest(project, ProjectFile.Kind.BUILD_PROPS);
        if (frameworks.isEmpty() && buildProps != null) {
            frameworks = buildProps.frameworks();
        }
        for (ProjectFile.Framework f : frameworks) {
            runtime(project, f, test);
        }
        if (lock == null) {
            references(project, project.references(), test);
            return;
        }
        Map<String, ProjectFile.Reference> direct = new HashMap<>();
        project.references().forEach(r -> direct.put(key(r.name()), r));
        if (buildProps != null) { // items of Directory.Build.props are the project's own references too
            buildProps.references().forEach(r -> direct.putIfAbsent(key(r.name()), r));
        }
        ProjectFile central = nearest(project, ProjectFile.Kind.PACKAGES_PROPS);
        if (central != null) {
            central.globalReferences().forEach(r -> direct.putIfAbsent(key(r.name()), r));
        }
        Set<String> locked = locked(project, lock, direct, test);
        List<ProjectFile.Reference> notLocked = project.references().stream()
                .filter(r -> !locked.contains(key(r.name()))).toList();
        references(project, notLocked, test);
    }

    /** Adds a lock's packages; returns the lower-case names of the direct ones it held. */
    private Set<String> locked(ProjectFile project, PackagesLock lock, Map<String, ProjectFile.Reference> direct,
            boolean test) {
        Set<String> seen = new HashSet<>();
        Map<String, List<PackagesLock.Entry>> byFramework = new LinkedHashMap<>();
        lock.entries().stream().filter(e -> !e.isProject())
                .forEach(e -> byFramework.computeIfAbsent(e.framework(), k -> new ArrayList<>()).add(e));
        for (List<PackagesLock.Entry> entries : byFramework.values()) {
            Map<String, PackagesLock.Entry> byName = new HashMap<>();
            entries.forEach(e -> byName.put(key(e.name()), e));
            Set<String> runtime = reach(entries.stream()
                    .filter(e -> e.isDirect() && !buildOnly(direct.get(key(e.name())))).map(e -> key(e.name())).toList(), byName);
            Set<String> anyRoot = reach(entries.stream().filter(PackagesLock.Entry::isDirect).map(e -> key(e.name())).toList(),
                    byName);
            for (PackagesLock.Entry e : entries) {
                ProjectFile.Reference ref = direct.get(key(e.name()));
                Scope scope;
                if (test) {
                    scope = Scope.TEST;
                } else if (e.isDirect()) {
                    scope = buildOnly(ref) ? Scope.BUILD : Scope.RUNTIME;
                } else {
                    scope = runtime.contains(key(e.name())) || !anyRoot.contains(key(e.name())) ? Scope.RUNTIME : Scope.BUILD;
                }
                Map<String, String> props = new LinkedHashMap<>();
                if (!e.isDirect()) {
                    props.put("nuget:transitive", "true");
                }
                if (e.requested() != null) {
                    props.put("nuget:requested", e.requested());
                }
                props.put("nuget:framework", e.framework());
                if (test) {
                    props.put("dotnet:testProject", "true");
                }
                List<Evidence> evidence = new ArrayList<>();
                String version = e.resolved();
                if (ref != null && e.isDirect()) {
                    evidence.add(ref.evidence());
                    seen.add(key(e.name()));
                    Resolved r = resolve(project, ref);
                    if (r.central() != null) {
                        evidence.add(r.central());
                    }
                    if (version == null) {
                        version = r.version();
                        if (r.expression() != null) {
                            props.put("cct:versionExpression", r.expression());
                        }
                    }
                }
                evidence.add(e.evidence());
                add(e.name(), version, scope, evidence, props);
            }
        }
        return seen;
    }

    private static boolean buildOnly(ProjectFile.Reference ref) {
        return ref != null && ref.privateAssetsAll();
    }

    private static Set<String> reach(List<String> roots, Map<String, PackagesLock.Entry> byName) {
        Set<String> reached = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (reached.add(name)) {
                PackagesLock.Entry e = byName.get(name);
                if (e != null) {
                    e.dependencies().forEach(d -> todo.push(key(d)));
                }
            }
        }
        return reached;
    }

    private void references(ProjectFile file, List<ProjectFile.Reference> refs, boolean test) {
        for (ProjectFile.Reference ref : refs) {
            Resolved r = resolve(file, ref);
            Map<String, String> props = new LinkedHashMap<>();
            if (r.expression() != null) {
                props.put("cct:versionExpression", r.expression());
            }
            if (test) {
                props.put("dotnet:testProject", "true");
            }
            Scope scope = test ? Scope.TEST : ref.privateAssetsAll() ? Scope.BUILD : Scope.RUNTIME;
            List<Evidence> evidence = new ArrayList<>(List.of(ref.evidence()));
            if (r.central() != null) {
                evidence.add(r.central());
            }
            add(ref.name(), r.version(), scope, evidence, props);
        }
    }

    private void runtime(ProjectFile project, ProjectFile.Framework framework, boolean test) {
        String moniker = expand(framework.moniker(), project);
        TargetFrameworks.Runtime runtime = moniker == null ? null : TargetFrameworks.runtimeOf(moniker);
        if (runtime == null) {
            return;
        }
        Map<String, String> props = new LinkedHashMap<>();
        props.put("dotnet:targetFramework", moniker);
        props.put("dotnet:family", runtime.family());
        Component c = Components.of(Components.purl("generic", null, "dotnet", runtime.version(), Map.of()), null,
                "dotnet", runtime.version(), ComponentType.PLATFORM, test ? Scope.TEST : Scope.RUNTIME, null,
                framework.evidence(), props);
        components.merge(c.id(), c, DotnetInventory::mergePreferRuntime);
    }

    private void add(String name, String version, Scope scope, List<Evidence> evidence, Map<String, String> props) {
        String purl = Components.purl("nuget", null, name, version, Map.of());
        Component c = Components.of(purl, null, name, version, ComponentType.LIBRARY, scope, Roles.PACKED_LIBRARY,
                evidence.get(0), props);
        c = new Component(c.id(), c.name(), c.group(), c.version(), c.purl(), c.cpe(), c.type(), c.scope(), c.subject(),
                evidence, c.properties());
        components.merge(c.id(), c, DotnetInventory::mergePreferRuntime);
    }

    /** One package used by several projects: a runtime use outweighs build and test uses. */
    private static Component mergePreferRuntime(Component first, Component second) {
        return first.scope() != Scope.RUNTIME && second.scope() == Scope.RUNTIME
                ? Components.merge(second, first) : Components.merge(first, second);
    }

    /** A version, or the expression that could not be resolved; {@code central} is the PackageVersion used, if any. */
    private record Resolved(String version, String expression, Evidence central) {
    }

    private Resolved resolve(ProjectFile file, ProjectFile.Reference ref) {
        String raw = ref.versionOverride() != null ? ref.versionOverride() : ref.version();
        Evidence from = null;
        ProjectFile holder = file;
        if (raw == null) {
            ProjectFile central = nearest(file, ProjectFile.Kind.PACKAGES_PROPS);
            ProjectFile.Reference pinned = central == null ? null : central.packageVersions().stream()
                    .filter(v -> v.name().equalsIgnoreCase(ref.name()) && v.version() != null).findFirst().orElse(null);
            if (pinned != null) {
                raw = pinned.version();
                from = pinned.evidence();
                holder = central;
            }
        }
        if (raw == null || raw.isBlank()) {
            return new Resolved(null, null, from);
        }
        String expanded = expand(raw.strip(), holder);
        if (expanded == null) {
            return new Resolved(null, raw.strip(), from);
        }
        if (PLAIN_VERSION.matcher(expanded).matches()) {
            return new Resolved(expanded, null, from);
        }
        Matcher exact = EXACT_VERSION.matcher(expanded);
        if (exact.matches()) {
            return new Resolved(exact.group(1), null, from);
        }
        return new Resolved(null, expanded, from);
    }

    /** Replaces {@code $(Name)} from the file's properties and those of the props files above it; null if unknown. */
    private String expand(String value, ProjectFile file) {
        String current = value;
        for (int depth = 0; depth < 10 && current.contains("$("); depth++) {
            Matcher m = PROPERTY.matcher(current);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String v = property(m.group(1), file);
                if (v == null) {
                    return null;
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(v));
            }
            m.appendTail(sb);
            current = sb.toString();
        }
        return current.contains("$(") ? null : current;
    }

    private String property(String name, ProjectFile file) {
        for (ProjectFile f : new ProjectFile[] {file, nearest(file, ProjectFile.Kind.BUILD_PROPS),
                nearest(file, ProjectFile.Kind.PACKAGES_PROPS)}) {
            if (f != null && f.properties().containsKey(name)) {
                return f.properties().get(name);
            }
        }
        return null;
    }

    /** The file of that kind in the project's folder or the closest folder above it (itself excluded). */
    private ProjectFile nearest(ProjectFile from, ProjectFile.Kind kind) {
        String folder = from.folder();
        while (true) {
            for (ProjectFile f : files) {
                if (f.kind() == kind && f != from && f.folder().equals(folder)) {
                    return f;
                }
            }
            if (folder.isEmpty()) {
                return null;
            }
            int slash = folder.lastIndexOf('/', folder.length() - 2);
            folder = slash < 0 ? "" : folder.substring(0, slash + 1);
        }
    }

    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    private static String key(String packageId) {
        return packageId.toLowerCase(Locale.ROOT);
    }
}
