package fr.cctlint.collect.python;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cctlint.collect.Problems;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code pyproject.toml}: PEP 621 {@code [project]} ({@code dependencies} RUNTIME, {@code optional-dependencies}
 * OPTIONAL, {@code requires-python} the interpreter), PEP 735 {@code [dependency-groups]} (TEST, or BUILD for
 * docs/lint groups), {@code [build-system] requires} (BUILD), and Poetry's {@code [tool.poetry.dependencies]}
 * (RUNTIME; its {@code python} entry is the interpreter), {@code [tool.poetry.dev-dependencies]} and
 * {@code [tool.poetry.group.<name>.dependencies]} (TEST, BUILD for docs/lint groups, RUNTIME for {@code main}).
 */
final class PyprojectParser {
    /** Poetry accepts a bare version as an exact pin: {@code django = "4.2.11"}. */
    private static final Pattern BARE_VERSION = Pattern.compile("^\\d+(?:\\.\\d+)*(?:[a-z]+\\d*)?(?:\\.post\\d+)?(?:\\.dev\\d+)?$");
    private static final Set<String> BUILD_GROUPS = Set.of("doc", "docs", "lint", "linting", "typing", "types", "build",
            "mypy", "style", "format");

    /** Dependencies and problems of one pyproject.toml. */
    record Parsed(List<PyDep> dependencies, List<Problem> problems) {
        Parsed {
            dependencies = List.copyOf(dependencies);
            problems = List.copyOf(problems);
        }
    }

    Parsed parse(TomlText toml) {
        List<PyDep> deps = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        JsonNode root = toml.root();
        JsonNode project = root.path("project");
        int projectLine = toml.tableLine("project");

        if (project.path("requires-python").isTextual()) {
            String spec = project.path("requires-python").asText();
            deps.add(interpreter(toml, spec, toml.keyLine("requires-python", projectLine)));
        }
        pep508List(toml, project.path("dependencies"), Scope.RUNTIME, null,
                lineOr(toml.keyLine("dependencies", projectLine), projectLine), deps, problems);

        int optionalTable = toml.tableLine("project.optional-dependencies");
        for (Iterator<Map.Entry<String, JsonNode>> it = project.path("optional-dependencies").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> extra = it.next();
            int from = optionalTable > 0 ? toml.keyLine(extra.getKey(), optionalTable)
                    : toml.keyLine("optional-dependencies", projectLine);
            pep508List(toml, extra.getValue(), Scope.OPTIONAL, extra.getKey(), lineOr(from, optionalTable), deps, problems);
        }

        int groupsTable = toml.tableLine("dependency-groups");
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("dependency-groups").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> group = it.next();
            pep508List(toml, group.getValue(), groupScope(group.getKey()), group.getKey(),
                    lineOr(toml.keyLine(group.getKey(), groupsTable), groupsTable), deps, problems);
        }

        int buildSystem = toml.tableLine("build-system");
        pep508List(toml, root.path("build-system").path("requires"), Scope.BUILD, null,
                lineOr(toml.keyLine("requires", buildSystem), buildSystem), deps, problems);

        JsonNode poetry = root.path("tool").path("poetry");
        poetryTable(toml, poetry.path("dependencies"), "tool.poetry.dependencies", Scope.RUNTIME, null, deps);
        poetryTable(toml, poetry.path("dev-dependencies"), "tool.poetry.dev-dependencies", Scope.TEST, "dev", deps);
        for (Iterator<Map.Entry<String, JsonNode>> it = poetry.path("group").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> group = it.next();
            Scope scope = "main".equals(group.getKey()) ? Scope.RUNTIME : groupScope(group.getKey());
            poetryTable(toml, group.getValue().path("dependencies"),
                    "tool.poetry.group." + group.getKey() + ".dependencies", scope, group.getKey(), deps);
        }
        return new Parsed(deps, problems);
    }

    /** The scope a group name says: docs and lint groups only build, every other non-main group is for tests. */
    static Scope groupScope(String group) {
        String g = group.toLowerCase(Locale.ROOT);
        return BUILD_GROUPS.contains(g) ? Scope.BUILD : Scope.TEST;
    }

    private void pep508List(TomlText toml, JsonNode list, Scope scope, String group, int fromLine, List<PyDep> deps,
            List<Problem> problems) {
        String path = toml.source().path();
        for (JsonNode item : list) {
            if (!item.isTextual()) {
                continue; // {include-group = "..."} in dependency groups: the included group is read on its own
            }
            String text = item.asText();
            int line = toml.quotedLine(text, fromLine);
            Pep508 req = Pep508.parse(text);
            if (req == null) {
                problems.add(Problems.at(path, line, 0, Message.of("python.invalidRequirement", text)));
                continue;
            }
            PyDep dep = RequirementsParser.fromSpecifier(req, toml.source().evidence(line));
            if (group != null) {
                Map<String, String> props = new LinkedHashMap<>(dep.properties());
                props.put(PythonProperties.GROUP, group);
                dep = new PyDep(dep.name(), dep.version(), scope, dep.evidence(), props, false, false);
            }
            deps.add(dep.withScope(scope));
        }
    }

    private void poetryTable(TomlText toml, JsonNode table, String header, Scope scope, String group, List<PyDep> deps) {
        int tableLine = toml.tableLine(header);
        for (Iterator<Map.Entry<String, JsonNode>> it = table.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            JsonNode value = entry.getValue();
            int line = lineOr(toml.keyLine(name, tableLine), tableLine);
            if ("python".equalsIgnoreCase(name)) {
                deps.add(interpreter(toml, value.isTextual() ? value.asText() : value.path("version").asText(""), line));
                continue;
            }
            Map<String, String> props = new LinkedHashMap<>();
            Scope actual = scope;
            String constraint;
            if (value.isTextual()) {
                constraint = value.asText();
            } else if (value.isArray()) { // several constraints, one per Python version or platform
                List<String> parts = new ArrayList<>();
                value.forEach(v -> parts.add(v.path("version").asText("")));
                constraint = String.join(" || ", parts.stream().filter(s -> !s.isEmpty()).toList());
            } else {
                constraint = value.path("version").asText("");
                for (String kind : List.of("git", "url", "path")) {
                    if (value.path(kind).isTextual()) {
                        props.put(PythonProperties.SOURCE, kind.equals("git") ? "vcs" : kind);
                        props.put(PythonProperties.SOURCE_URL, RequirementsParser.sanitize(value.path(kind).asText()));
                        for (String ref : List.of("tag", "rev", "branch")) {
                            if (value.path(ref).isTextual() && constraint.isEmpty()) {
                                constraint = value.path(ref).asText();
                            }
                        }
                    }
                }
                if (value.path("extras").isArray()) {
                    List<String> extras = new ArrayList<>();
                    value.path("extras").forEach(e -> extras.add(e.asText()));
                    props.put(PythonProperties.EXTRAS, String.join(",", extras));
                }
                if (value.path("markers").isTextual()) {
                    props.put(PythonProperties.MARKER, value.path("markers").asText());
                }
                if (value.path("optional").asBoolean(false) && scope == Scope.RUNTIME) {
                    actual = Scope.OPTIONAL;
                }
            }
            if ("path".equals(props.get(PythonProperties.SOURCE))) {
                continue; // a local folder: the project's own code
            }
            String version = poetryExact(constraint);
            if (version == null && !constraint.isBlank() && !"*".equals(constraint.strip())) {
                props.put(PythonProperties.VERSION_EXPRESSION, constraint.strip());
            }
            if (group != null) {
                props.put(PythonProperties.GROUP, group);
            }
            deps.add(new PyDep(name, version, actual, toml.source().evidence(line), props, false, false));
        }
    }

    /** Poetry's exact pins: {@code 4.2.11} or {@code ==4.2.11}; carets, tildes and ranges are not. */
    static String poetryExact(String constraint) {
        String c = constraint == null ? "" : constraint.strip();
        if (BARE_VERSION.matcher(c).matches()) {
            return c;
        }
        return Pep508.exactVersion(c);
    }

    /** The Python interpreter the project runs on: an operated runtime, with its version when pinned. */
    private static PyDep interpreter(TomlText toml, String spec, int line) {
        String version = poetryExact(spec);
        Map<String, String> props = new LinkedHashMap<>();
        if (version == null && !spec.isBlank()) {
            props.put(PythonProperties.VERSION_EXPRESSION, spec.strip());
        }
        Evidence evidence = toml.source().evidence(line);
        return new PyDep("python", version, Scope.RUNTIME, evidence, props, true, false);
    }

    private static int lineOr(int line, int fallback) {
        return line > 0 ? line : Math.max(0, fallback);
    }
}
