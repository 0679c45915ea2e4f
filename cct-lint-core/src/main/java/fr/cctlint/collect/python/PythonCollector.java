package fr.cctlint.collect.python;

import static fr.cctlint.collect.SourceFiles.fileName;
import static fr.cctlint.collect.SourceFiles.folder;
import static fr.cctlint.collect.SourceFiles.text;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Collector;
import fr.cctlint.collect.Components;
import fr.cctlint.collect.JsonPositions;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.Roles;
import fr.cctlint.collect.SourceText;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import fr.cctlint.source.SourceTree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Python projects: pip requirements files ({@code requirements*.txt}, {@code *requirements*.txt},
 * {@code requirements/*.txt}), {@code pyproject.toml} (PEP 621, PEP 735, Poetry), and the lockfiles
 * {@code poetry.lock}, {@code Pipfile.lock} and {@code uv.lock}. One collector for all of them because a lockfile
 * gives the version of what the manifests of the same folder declare with a range: the lockfile version wins, the
 * declared range is kept in {@code cct:declaredVersion}. Lockfile packages nobody declares (transitive ones) are
 * reported too. Packages are {@code pkg:pypi/<PEP 503 name>@version}; the interpreter ({@code requires-python},
 * Poetry's {@code python}, Pipfile.lock's {@code python_version}) is {@code pkg:generic/python}, a platform.
 */
public final class PythonCollector implements Collector {
    static final String PYPROJECT = "pyproject.toml";
    static final String POETRY_LOCK = "poetry.lock";
    static final String PIPFILE_LOCK = "Pipfile.lock";
    static final String UV_LOCK = "uv.lock";

    @Override
    public String name() {
        return "python";
    }

    @Override
    public boolean claims(String path) {
        String file = fileName(path);
        return isRequirements(path) || file.equals(PYPROJECT) || file.equals(POETRY_LOCK) || file.equals(PIPFILE_LOCK)
                || file.equals(UV_LOCK);
    }

    /** {@code requirements.txt}, {@code requirements-dev.txt}, {@code dev-requirements.txt}, {@code requirements/base.txt}. */
    static boolean isRequirements(String path) {
        String file = fileName(path).toLowerCase(Locale.ROOT);
        if (!file.endsWith(".txt")) {
            return false;
        }
        int slash = path.lastIndexOf('/');
        String folder = slash < 0 ? "" : fileName(path.substring(0, slash));
        return file.contains("requirements") || folder.equalsIgnoreCase("requirements");
    }

    @Override
    public Collection collect(SourceTree tree, List<String> paths) {
        List<Problem> problems = new ArrayList<>();
        List<PyDep> declared = new ArrayList<>();
        List<PyDep> locked = new ArrayList<>();

        RequirementsSet.Result requirements = new RequirementsSet(tree)
                .read(paths.stream().filter(PythonCollector::isRequirements).toList());
        declared.addAll(requirements.requirements());
        problems.addAll(requirements.problems());

        PyprojectParser pyproject = new PyprojectParser();
        for (String path : paths) {
            switch (fileName(path)) {
                case PYPROJECT -> toml(tree, path, problems).ifPresent(t -> {
                    PyprojectParser.Parsed parsed = pyproject.parse(t);
                    declared.addAll(parsed.dependencies());
                    problems.addAll(parsed.problems());
                });
                case POETRY_LOCK -> toml(tree, path, problems).ifPresent(t -> locked.addAll(new PoetryLockParser().parse(t)));
                case UV_LOCK -> toml(tree, path, problems).ifPresent(t -> locked.addAll(new UvLockParser().parse(t)));
                case PIPFILE_LOCK -> text(tree, path, problems).ifPresent(s -> {
                    JsonPositions.Result json = JsonPositions.read(s);
                    if (json.problem() != null) {
                        problems.add(json.problem());
                    } else {
                        locked.addAll(new PipfileLockParser().parse(s, json.json()));
                    }
                });
                default -> {
                    // requirements files, read above as a set
                }
            }
        }

        List<Component> components = new ArrayList<>();
        Map<String, Map<String, PyDep>> locks = locksByFolder(locked);
        for (PyDep dep : declared) {
            PyDep lock = locks.getOrDefault(folder(dep.evidence().file()), Map.of()).get(dep.key());
            boolean wins = lock != null && lock.version() != null && !lock.version().equals(dep.version());
            components.add(component(wins ? dep.lockedTo(lock.version(), lock.evidence().file()) : dep));
        }
        locked.forEach(dep -> components.add(component(dep)));
        problems.sort(java.util.Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
        return new Collection(MergedComponents.of(components), problems);
    }

    /** Per folder, the packages its lockfiles pin (the first lockfile in path order wins). */
    private static Map<String, Map<String, PyDep>> locksByFolder(List<PyDep> locked) {
        Map<String, Map<String, PyDep>> locks = new HashMap<>();
        for (PyDep dep : locked) {
            locks.computeIfAbsent(folder(dep.evidence().file()), k -> new HashMap<>()).putIfAbsent(dep.key(), dep);
        }
        return locks;
    }

    private static Component component(PyDep dep) {
        if (dep.runtime()) {
            String purl = Components.purl("generic", null, "python", dep.version(), Map.of());
            return Components.of(purl, null, "python", dep.version(), ComponentType.PLATFORM, Scope.RUNTIME, null,
                    dep.evidence(), dep.properties());
        }
        String purl = Components.purl("pypi", null, dep.key(), dep.version(), Map.of());
        String role = dep.scope() == Scope.RUNTIME || dep.scope() == Scope.OPTIONAL ? Roles.PACKED_LIBRARY : null;
        return Components.of(purl, null, dep.name(), dep.version(), ComponentType.LIBRARY, dep.scope(), role,
                dep.evidence(), dep.properties());
    }

    private static Optional<TomlText> toml(SourceTree tree, String path, List<Problem> problems) {
        return text(tree, path, problems).flatMap(source -> {
            TomlText.Result result = TomlText.read(source);
            if (result.problem() != null) {
                problems.add(result.problem());
            }
            return Optional.ofNullable(result.toml());
        });
    }



}
