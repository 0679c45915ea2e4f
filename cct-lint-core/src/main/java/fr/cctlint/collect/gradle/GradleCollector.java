package fr.cctlint.collect.gradle;

import static fr.cctlint.collect.SourceFiles.fileName;
import static fr.cctlint.collect.SourceFiles.folder;
import static fr.cctlint.collect.SourceFiles.text;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Collector;
import fr.cctlint.collect.Components;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.Roles;
import fr.cctlint.collect.SourceText;
import fr.cctlint.collect.python.MergedComponents;
import fr.cctlint.collect.python.TomlText;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import fr.cctlint.source.SourceTree;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Gradle builds, read without running Gradle (declared coordinates only): build scripts ({@code *.gradle},
 * {@code *.gradle.kts}, settings included for their plugin versions), {@code gradle.properties} (variables),
 * version catalogs ({@code gradle/*.versions.toml}, used by the scripts under the folder holding {@code gradle/})
 * and lockfiles ({@code gradle.lockfile}, {@code buildscript-gradle.lockfile}, {@code gradle/dependency-locks/}).
 *
 * <p>A script sees the variables of the {@code gradle.properties} files and of the scripts in its folder and above
 * (root first, its own last): subprojects commonly use versions their root script defines. A lockfile gives the
 * version of what the scripts of its folder declare (the lockfile wins, the declared version is kept in
 * {@code cct:declaredVersion}); modules only the lockfile names (transitive ones) are reported too. Libraries are
 * {@code pkg:maven/group/name@version}; plugins are their marker artifact {@code pkg:maven/<id>/<id>.gradle.plugin}.
 */
public final class GradleCollector implements Collector {
    static final String CONFIGURATION = "cct:gradleConfiguration";
    static final String VERSION_EXPRESSION = "cct:versionExpression";
    static final String DECLARED_VERSION = "cct:declaredVersion";
    static final String LOCKFILE = "cct:lockfile";
    static final String BOM = "cct:bom";

    private final GradleScriptParser scripts = new GradleScriptParser();

    @Override
    public String name() {
        return "gradle";
    }

    @Override
    public boolean claims(String path) {
        String file = fileName(path);
        return file.endsWith(".gradle") || file.endsWith(".gradle.kts") || file.equals("gradle.properties")
                || file.endsWith(".versions.toml") && fileName(folder(path)).equals("gradle")
                || isLockfile(path);
    }

    static boolean isLockfile(String path) {
        String file = fileName(path);
        return file.equals("gradle.lockfile") || file.endsWith("-gradle.lockfile")
                || file.endsWith(".lockfile") && path.contains("gradle/dependency-locks/");
    }

    @Override
    public Collection collect(SourceTree tree, List<String> paths) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Map<String, String>> properties = new HashMap<>(); // folder -> gradle.properties
        Map<String, Map<String, VersionCatalog>> catalogs = new HashMap<>(); // build root -> accessor -> catalog
        Map<String, SourceText> sources = new TreeMap<>();
        Map<String, List<GradleCode.Statement>> statements = new HashMap<>();
        Map<String, Map<String, String>> variables = new HashMap<>();
        Map<String, Map<String, GradleLockfileParser.Locked>> locks = new HashMap<>(); // folder|kind -> g:a -> locked
        List<Component> components = new ArrayList<>();
        List<Component> lockedOnly = new ArrayList<>(); // added after the declarations, whose facts come first

        for (String path : paths) {
            Optional<SourceText> text = text(tree, path, problems);
            if (text.isEmpty()) {
                continue;
            }
            String file = fileName(path);
            if (file.equals("gradle.properties")) {
                properties.put(folder(path), properties(text.get()));
            } else if (file.endsWith(".versions.toml")) {
                TomlText.Result toml = TomlText.read(text.get());
                if (toml.problem() != null) {
                    problems.add(toml.problem());
                } else {
                    String accessor = file.substring(0, file.length() - ".versions.toml".length());
                    catalogs.computeIfAbsent(folder(folder(path)), k -> new HashMap<>())
                            .put(accessor, VersionCatalog.read(accessor, toml.toml()));
                }
            } else if (isLockfile(path)) {
                GradleLockfileParser.Result lock = new GradleLockfileParser().parse(text.get());
                problems.addAll(lock.problems());
                String key = lockKey(path);
                for (GradleLockfileParser.Locked m : lock.modules()) {
                    locks.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(m.group() + ":" + m.name(), m);
                    lockedOnly.add(locked(path, m));
                }
            } else {
                List<GradleCode.Statement> found = new GradleCode(text.get().text()).statements();
                sources.put(path, text.get());
                statements.put(path, found);
                variables.put(path, scripts.variables(found));
            }
        }

        for (Map.Entry<String, SourceText> script : sources.entrySet()) {
            String path = script.getKey();
            GradleScriptParser.Result result = scripts.declarations(script.getValue(), statements.get(path),
                    variablesInReach(path, properties, variables), catalogsInReach(path, catalogs));
            problems.addAll(result.problems());
            Map<String, String> constraints = new HashMap<>();
            result.declarations().stream().filter(d -> d.kind() == GradleDeclaration.Kind.CONSTRAINT && d.version() != null)
                    .forEach(d -> constraints.putIfAbsent(d.coordinates(), d.version()));
            for (GradleDeclaration d : result.declarations()) {
                if (d.kind() != GradleDeclaration.Kind.CONSTRAINT) {
                    components.add(declared(d, constraints, locks, folder(path)));
                }
            }
        }
        components.addAll(lockedOnly);
        problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
        return new Collection(MergedComponents.of(components), problems);
    }

    private static Component declared(GradleDeclaration d, Map<String, String> constraints,
            Map<String, Map<String, GradleLockfileParser.Locked>> locks, String folder) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put(CONFIGURATION, d.configuration());
        String version = d.version();
        if (version == null && constraints.containsKey(d.coordinates())) {
            version = constraints.get(d.coordinates());
        }
        String lockKey = folder + ("classpath".equals(d.configuration()) ? "|buildscript" : "|project");
        GradleLockfileParser.Locked lock = locks.getOrDefault(lockKey, Map.of()).get(d.coordinates());
        if (lock != null && !lock.version().equals(version)) {
            String declared = version != null ? version : d.expression();
            if (declared != null) {
                props.put(DECLARED_VERSION, declared);
            }
            props.put(LOCKFILE, lockfileOf(folder, d.configuration()));
            version = lock.version();
        } else if (version == null && d.expression() != null) {
            props.put(VERSION_EXPRESSION, d.expression());
        }
        if (d.platform()) {
            props.put(BOM, "true");
        }
        Map<String, String> qualifiers = new TreeMap<>();
        if (d.classifier() != null) {
            qualifiers.put("classifier", d.classifier());
        }
        if (d.extension() != null) {
            qualifiers.put("type", d.extension());
        }
        Scope scope = GradleScopes.of(d.configuration());
        String purl = Components.purl("maven", d.group(), d.name(), version, qualifiers);
        Component c = Components.of(purl, d.group(), d.name(), version, ComponentType.LIBRARY, scope,
                d.platform() ? null : GradleScopes.role(d.configuration(), scope), d.evidence().get(0), props);
        return withEvidence(c, d.evidence());
    }

    private static Component locked(String path, GradleLockfileParser.Locked m) {
        Scope scope = m.configurations().contains("classpath") ? Scope.BUILD : GradleScopes.ofLocked(m.configurations());
        Map<String, String> props = new LinkedHashMap<>();
        props.put(CONFIGURATION, String.join(",", m.configurations()));
        String role = m.configurations().contains("classpath") ? Roles.BUILD_PLUGIN
                : scope == Scope.RUNTIME ? Roles.PACKED_LIBRARY : null;
        String purl = Components.purl("maven", m.group(), m.name(), m.version(), Map.of());
        return Components.of(purl, m.group(), m.name(), m.version(), ComponentType.LIBRARY, scope, role,
                new Evidence(path, m.line(), m.text()), props);
    }

    private static Component withEvidence(Component c, List<Evidence> evidence) {
        return new Component(c.id(), c.name(), c.group(), c.version(), c.purl(), c.cpe(), c.type(), c.scope(),
                c.subject(), evidence, c.properties());
    }

    /** gradle.properties of the folder and above, then scripts of the folder and above; nearer ones win. */
    private static Map<String, String> variablesInReach(String script, Map<String, Map<String, String>> properties,
            Map<String, Map<String, String>> variables) {
        Map<String, String> vars = new HashMap<>();
        String dir = folder(script);
        properties.entrySet().stream().filter(e -> isAncestor(e.getKey(), dir))
                .sorted(Comparator.comparingInt(e -> e.getKey().length()))
                .forEach(e -> vars.putAll(e.getValue()));
        variables.entrySet().stream().filter(e -> !e.getKey().equals(script) && isAncestor(folder(e.getKey()), dir))
                .sorted(Comparator.comparingInt((Map.Entry<String, Map<String, String>> e) -> e.getKey().length()))
                .forEach(e -> vars.putAll(e.getValue()));
        vars.putAll(variables.getOrDefault(script, Map.of()));
        return vars;
    }

    /** The catalogs of the nearest build root above the script. */
    private static Map<String, VersionCatalog> catalogsInReach(String script, Map<String, Map<String, VersionCatalog>> catalogs) {
        String dir = folder(script);
        return catalogs.entrySet().stream().filter(e -> isAncestor(e.getKey(), dir))
                .max(Comparator.comparingInt(e -> e.getKey().length())).map(Map.Entry::getValue).orElse(Map.of());
    }

    private static boolean isAncestor(String ancestor, String folder) {
        return ancestor.isEmpty() || folder.equals(ancestor) || folder.startsWith(ancestor + "/");
    }

    private static String lockKey(String path) {
        String file = fileName(path);
        if (path.contains("gradle/dependency-locks/")) {
            String project = path.substring(0, path.indexOf("gradle/dependency-locks/"));
            return (project.endsWith("/") ? project.substring(0, project.length() - 1) : project) + "|project";
        }
        return folder(path) + (file.startsWith("buildscript-") ? "|buildscript" : "|project");
    }

    private static String lockfileOf(String folder, String configuration) {
        String name = "classpath".equals(configuration) ? "buildscript-gradle.lockfile" : "gradle.lockfile";
        return folder.isEmpty() ? name : folder + "/" + name;
    }

    private static Map<String, String> properties(SourceText text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text.text()));
        } catch (IOException | IllegalArgumentException e) {
            return Map.of(); // a malformed \\u escape: no variables from it
        }
        Map<String, String> map = new HashMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k).strip()));
        return map;
    }



}
