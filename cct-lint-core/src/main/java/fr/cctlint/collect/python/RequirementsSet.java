package fr.cctlint.collect.python;

import fr.cctlint.collect.Problems;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import fr.cctlint.source.SourceTree;
import java.io.IOException;
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

/**
 * The requirements files of a tree read together, because they include each other: {@code -r other.txt} and
 * {@code -c constraints.txt} are resolved relative to the including file, INSIDE the tree only (an absolute path,
 * a URL or a {@code ..} leaving the root is never read: a problem says so), each file once (include cycles are
 * harmless).
 *
 * <p>Scope: a file whose path says what it is for ({@code requirements-dev.txt}, {@code requirements/test.txt},
 * {@code docs/requirements.txt}) gives that scope to its own lines; other files are RUNTIME when claimed by name,
 * and otherwise take the scope of the files including them (RUNTIME when any runtime file includes them).
 * Constraints: pins of a constraints file give the version of unpinned requirements of the files connected to it
 * by includes.
 */
final class RequirementsSet {
    private static final Set<String> TEST_WORDS = Set.of("test", "tests", "testing", "dev", "develop", "development",
            "ci", "qa", "tox", "check", "checks");
    private static final Set<String> BUILD_WORDS = Set.of("doc", "docs", "lint", "linting", "typing", "types", "build",
            "mypy", "style", "format");

    private final SourceTree tree;
    private final Set<String> listed;
    private final RequirementsParser parser = new RequirementsParser();
    private final Map<String, RequirementsParser.Parsed> parsed = new LinkedHashMap<>();
    private final Map<String, Scope> scopes = new HashMap<>();
    private final Map<String, String> groups = new HashMap<>(); // union-find over include edges
    private final Set<String> constraintFiles = new HashSet<>();
    private final List<Problem> problems = new ArrayList<>();

    RequirementsSet(SourceTree tree) {
        this.tree = tree;
        this.listed = new HashSet<>(tree.files());
    }

    /** The requirements of the claimed files and of what they include, with their scope, and the problems. */
    Result read(List<String> claimed) {
        // runtime files first, so that what they include is RUNTIME even when a dev file includes it too
        List<String> roots = new ArrayList<>(claimed);
        roots.sort((a, b) -> Integer.compare(nameScope(a, Scope.RUNTIME).ordinal(), nameScope(b, Scope.RUNTIME).ordinal()));
        for (String root : roots) {
            visit(root, nameScope(root, Scope.RUNTIME));
        }
        Map<String, Map<String, String>> pins = pins();
        List<PyDep> deps = new ArrayList<>();
        for (Map.Entry<String, RequirementsParser.Parsed> file : parsed.entrySet()) {
            if (constraintFiles.contains(file.getKey()) && !claimed.contains(file.getKey())) {
                continue; // a constraints file only pins versions
            }
            Map<String, String> groupPins = pins.getOrDefault(find(file.getKey()), Map.of());
            for (PyDep dep : file.getValue().requirements()) {
                PyDep scoped = dep.withScope(scopes.get(file.getKey()));
                String pin = groupPins.get(scoped.key());
                deps.add(scoped.version() == null && pin != null && !scoped.properties().containsKey(PythonProperties.SOURCE)
                        ? scoped.lockedTo(pin, constraintFileOf(file.getKey(), scoped.key()))
                        : scoped);
            }
        }
        return new Result(deps, List.copyOf(new java.util.LinkedHashSet<>(problems)));
    }

    /** Requirements with scope, and problems. */
    record Result(List<PyDep> requirements, List<Problem> problems) {
        Result {
            requirements = List.copyOf(requirements);
            problems = List.copyOf(problems);
        }
    }

    private void visit(String root, Scope rootScope) {
        Deque<String> queue = new ArrayDeque<>();
        queue.add(root);
        scopes.merge(root, rootScope, RequirementsSet::wider);
        Set<String> seen = new HashSet<>(); // this walk only: a cycle stops here
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            RequirementsParser.Parsed file = parse(path);
            if (file == null) {
                continue;
            }
            for (RequirementsParser.Include include : file.includes()) {
                String target = resolve(path, include);
                if (target == null) {
                    continue;
                }
                union(path, target);
                if (include.constraint()) {
                    constraintFiles.add(target);
                }
                Scope inherited = nameScope(target, scopes.get(path));
                Scope before = scopes.get(target);
                scopes.merge(target, inherited, RequirementsSet::wider);
                if (!seen.contains(target) || before != scopes.get(target)) {
                    seen.remove(target);
                    queue.add(target);
                }
            }
        }
    }

    /** The tree path an include names, or null (with a problem) when it is outside the tree or absent. */
    private String resolve(String from, RequirementsParser.Include include) {
        String ref = include.target().strip();
        if (ref.isEmpty()) {
            return null;
        }
        if (ref.contains("://") || ref.startsWith("file:")) {
            problems.add(Problems.at(from, include.line(), 0, Message.of("python.includeRemote", RequirementsParser.sanitize(ref))));
            return null;
        }
        if (ref.startsWith("/") || ref.startsWith("~") || ref.matches("^[A-Za-z]:[\\\\/].*")) {
            problems.add(Problems.at(from, include.line(), 0, Message.of("python.includeOutside", ref)));
            return null;
        }
        int slash = from.lastIndexOf('/');
        String joined = (slash < 0 ? "" : from.substring(0, slash + 1)) + ref.replace('\\', '/');
        Deque<String> parts = new ArrayDeque<>();
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    problems.add(Problems.at(from, include.line(), 0, Message.of("python.includeOutside", ref)));
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        String target = String.join("/", parts);
        if (!listed.contains(target)) {
            problems.add(Problems.at(from, include.line(), 0, Message.of("python.includeMissing", ref)));
            return null;
        }
        return target;
    }

    private RequirementsParser.Parsed parse(String path) {
        if (parsed.containsKey(path)) {
            return parsed.get(path);
        }
        RequirementsParser.Parsed result = null;
        try {
            SourceText.Result text = SourceText.decode(path, tree.read(path));
            if (text.problem() != null) {
                problems.add(text.problem());
            } else {
                result = parser.parse(text.text());
                problems.addAll(result.problems());
            }
        } catch (IOException | RuntimeException e) {
            problems.add(Problems.unreadable(path, e));
        }
        parsed.put(path, result == null ? new RequirementsParser.Parsed(List.of(), List.of(), List.of()) : result);
        return result;
    }

    /** Per include group: normalised name -> pinned version, from its constraints files. */
    private Map<String, Map<String, String>> pins() {
        Map<String, Map<String, String>> pins = new HashMap<>();
        for (String file : constraintFiles) {
            for (PyDep dep : parsed.getOrDefault(file, new RequirementsParser.Parsed(List.of(), List.of(), List.of()))
                    .requirements()) {
                if (dep.version() != null) {
                    pins.computeIfAbsent(find(file), k -> new HashMap<>()).putIfAbsent(dep.key(), dep.version());
                }
            }
        }
        return pins;
    }

    private String constraintFileOf(String file, String key) {
        return constraintFiles.stream().sorted().filter(c -> find(c).equals(find(file)))
                .filter(c -> parsed.get(c).requirements().stream().anyMatch(d -> d.key().equals(key) && d.version() != null))
                .findFirst().orElse(file);
    }

    private String find(String path) {
        String parent = groups.getOrDefault(path, path);
        if (parent.equals(path)) {
            return path;
        }
        String root = find(parent);
        groups.put(path, root);
        return root;
    }

    private void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            groups.put(ra, rb);
        }
    }

    /** The scope a path's words give ({@code requirements-dev.txt}, {@code docs/requirements.txt}), else the fallback. */
    static Scope nameScope(String path, Scope fallback) {
        for (String word : path.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (TEST_WORDS.contains(word)) {
                return Scope.TEST;
            }
            if (BUILD_WORDS.contains(word)) {
                return Scope.BUILD;
            }
        }
        return fallback == null ? Scope.RUNTIME : fallback;
    }

    /** RUNTIME wins over the build-only scopes: a file included by a runtime file is runtime. */
    private static Scope wider(Scope a, Scope b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
