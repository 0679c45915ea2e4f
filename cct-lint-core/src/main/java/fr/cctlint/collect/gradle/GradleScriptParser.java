package fr.cctlint.collect.gradle;

import fr.cctlint.collect.Problems;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Declared coordinates of one {@code build.gradle} / {@code build.gradle.kts}, from the statements
 * {@link GradleCode} finds. Read in two steps, because subprojects use variables their root script defines:
 * {@link #variables} (string variables: {@code ext { x = '1' }}, {@code ext.x = '1'}, {@code def x = '1'},
 * {@code val x = "1"}, {@code extra["x"] = "1"}, {@code val x by extra("1")}, Groovy maps
 * {@code versions = [spring: '6.1']}), then {@link #declarations} with every variable in reach.
 *
 * <p>Recognised in {@code dependencies} blocks: {@code conf 'g:a:v'}, {@code conf("g:a:v")}, {@code conf "g:a:$v"},
 * {@code conf group: 'g', name: 'a', version: 'v'} (and Kotlin's {@code group = ...}), {@code platform(...)} /
 * {@code enforcedPlatform(...)}, {@code kotlin("x")}, catalog accessors {@code libs.x.y} and
 * {@code libs.bundles.x}; {@code constraints} blocks give versions. In {@code plugins}: {@code id 'x' version 'y'},
 * {@code id("x") version "y"}, {@code kotlin("jvm") version "y"}, {@code alias(libs.plugins.x)}. Anything else
 * (project dependencies, files, custom code) is ignored.
 */
final class GradleScriptParser {
    /** A quoted string; in double quotes, {@code ${...}} may hold quotes of its own ({@code ${property("v")}}). */
    private static final Pattern STRING = Pattern.compile(
            "'((?:[^'\\\\]|\\\\.)*)'|\"((?:\\\\.|\\$\\{[^}]*}|[^\"\\\\])*)\"");
    private static final Pattern CONFIGURATION = Pattern.compile("^(?:\"([A-Za-z_]\\w*)\"|([A-Za-z_]\\w*))\\s*(?=[(\\s'\"])");
    private static final Pattern COORDINATES = Pattern.compile(
            "^([^:\\s'\"]+):([^:\\s'\"]+)(?::((?:\\$\\{[^}]*}|[^:@\\s'\"])*))?(?::([^:@\\s'\"]+))?(?:@(\\w+))?$");
    private static final Pattern MAP_ENTRY = Pattern.compile(
            "\\b(group|name|version|classifier|ext)\\s*[:=]\\s*(?:'([^']*)'|\"([^\"]*)\"|([A-Za-z_][\\w.]*))");
    private static final Pattern ACCESSOR = Pattern.compile("\\b([a-z][A-Za-z0-9]*)\\.((?:[A-Za-z0-9_]+\\.)*[A-Za-z0-9_]+)");
    private static final Pattern KOTLIN_MODULE = Pattern.compile("^kotlin\\s*\\(\\s*\"([\\w-]+)\"");
    private static final Pattern PLUGIN_ID = Pattern.compile("^id\\s*\\(?\\s*(?:'([^']+)'|\"([^\"]+)\")\\s*\\)?");
    private static final Pattern PLUGIN_KOTLIN = Pattern.compile("^kotlin\\s*\\(\\s*\"([\\w.-]+)\"\\s*\\)");
    private static final Pattern PLUGIN_ALIAS = Pattern.compile("^alias\\s*\\(\\s*([a-z][A-Za-z0-9]*)\\.plugins\\.([\\w.]+)");
    private static final Pattern PLUGIN_VERSION = Pattern.compile("\\bversion\\s*\\(?\\s*(?:'([^']*)'|\"([^\"]*)\"|([A-Za-z_][\\w.]*))");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([^}]*)}|\\$([A-Za-z_][\\w.]*)");
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "^(?:(?:def|val|var|final|String)\\s+)?(?:(?:rootProject|project)\\.)?(?:ext(?:ra)?\\.)?([A-Za-z_][\\w.]*)\\s*(?::\\s*String\\s*)?=\\s*(?:'([^'$]*)'|\"([^\"$]*)\")\\s*$");
    private static final Pattern EXTRA_SET = Pattern.compile(
            "^(?:(?:rootProject|project)\\.)?(?:extra|ext)\\s*\\[\\s*[\"']([\\w.-]+)[\"']\\s*]\\s*=\\s*(?:'([^'$]*)'|\"([^\"$]*)\")\\s*$");
    private static final Pattern SET_CALL = Pattern.compile(
            "^(?:(?:rootProject|project)\\.)?(?:extra\\.|ext\\.)?set\\s*\\(\\s*[\"']([\\w.-]+)[\"']\\s*,\\s*(?:'([^'$]*)'|\"([^\"$]*)\")\\s*\\)\\s*$");
    private static final Pattern BY_EXTRA = Pattern.compile(
            "^val\\s+([A-Za-z_]\\w*)\\s*(?::\\s*String\\s*)?by\\s+extra\\s*\\(\\s*\"([^\"$]*)\"\\s*\\)\\s*$");
    private static final Pattern MAP_LITERAL = Pattern.compile(
            "^(?:def\\s+)?(?:(?:rootProject|project)\\.)?(?:ext\\.)?([A-Za-z_]\\w*)\\s*=\\s*\\[(.*)]\\s*$", Pattern.DOTALL);
    private static final Pattern MAP_LITERAL_ENTRY = Pattern.compile("([A-Za-z_][\\w-]*|'[^']*'|\"[^\"]*\")\\s*:\\s*(?:'([^'$]*)'|\"([^\"$]*)\")");
    private static final Pattern PROPERTY_CALL = Pattern.compile(
            "^(?:(?:rootProject|project)\\.)?(?:property|findProperty|extra\\.get)\\s*\\(\\s*[\"']([\\w.-]+)[\"']\\s*\\)$|^(?:(?:rootProject|project)\\.)?(?:extra|ext|properties)\\s*\\[\\s*[\"']([\\w.-]+)[\"']\\s*](?:\\s*as\\s+String)?$");
    /** Statement heads in a dependencies block that are not configurations. */
    private static final Set<String> NOT_CONFIGURATIONS = Set.of("if", "for", "while", "def", "val", "var", "return",
            "exclude", "because", "force", "transitive", "components", "modules", "attributes", "else", "add",
            "configurations", "println", "project");

    /** The string variables a script defines (later ones win). */
    Map<String, String> variables(List<GradleCode.Statement> statements) {
        Map<String, String> vars = new HashMap<>();
        for (GradleCode.Statement s : statements) {
            String text = s.text();
            for (Pattern p : List.of(ASSIGNMENT, EXTRA_SET, SET_CALL)) {
                Matcher m = p.matcher(text);
                if (m.matches()) {
                    vars.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
                }
            }
            Matcher by = BY_EXTRA.matcher(text);
            if (by.matches()) {
                vars.put(by.group(1), by.group(2));
            }
            Matcher map = MAP_LITERAL.matcher(text);
            if (map.matches()) {
                Matcher entry = MAP_LITERAL_ENTRY.matcher(map.group(2));
                while (entry.find()) {
                    String key = entry.group(1).replaceAll("^['\"]|['\"]$", "");
                    vars.put(map.group(1) + "." + key, entry.group(2) != null ? entry.group(2) : entry.group(3));
                }
            }
        }
        return vars;
    }

    /** The dependencies and plugins a script declares, with problems for catalog entries that do not exist. */
    Result declarations(SourceText source, List<GradleCode.Statement> statements, Map<String, String> variables,
            Map<String, VersionCatalog> catalogs) {
        List<GradleDeclaration> found = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Context context = new Context(source, variables, catalogs, found, problems);
        for (GradleCode.Statement s : statements) {
            try {
                switch (s.block()) {
                    case "dependencies" -> dependency(context, s, "buildscript".equals(s.parentBlock()),
                            GradleDeclaration.Kind.LIBRARY);
                    case "constraints" -> {
                        if ("dependencies".equals(s.parentBlock())) {
                            dependency(context, s, false, GradleDeclaration.Kind.CONSTRAINT);
                        }
                    }
                    case "plugins" -> plugin(context, s);
                    default -> {
                        // other blocks: repositories, tasks, configuration...
                    }
                }
            } catch (RuntimeException e) { // odd syntax must never stop the scan
                problems.add(Problems.at(source.path(), source.lineOf(s.offset()), 0,
                        Message.of("gradle.unreadableStatement", firstLine(s.text()))));
            }
        }
        return new Result(found, problems);
    }

    /** Declarations and problems of a script. */
    record Result(List<GradleDeclaration> declarations, List<Problem> problems) {
        Result {
            declarations = List.copyOf(declarations);
            problems = List.copyOf(problems);
        }
    }

    private record Context(SourceText source, Map<String, String> variables, Map<String, VersionCatalog> catalogs,
            List<GradleDeclaration> found, List<Problem> problems) {
        Evidence evidence(GradleCode.Statement s) {
            return source.evidence(source.lineOf(s.offset()));
        }
    }

    private void dependency(Context ctx, GradleCode.Statement s, boolean buildscript, GradleDeclaration.Kind kind) {
        Matcher conf = CONFIGURATION.matcher(s.text());
        if (!conf.find()) {
            return;
        }
        String configuration = conf.group(1) != null ? conf.group(1) : conf.group(2);
        if (NOT_CONFIGURATIONS.contains(configuration)) {
            return;
        }
        String args = s.text().substring(conf.end()).strip();
        String unwrapped = unwrap(args);
        boolean platform = args.startsWith("platform") || args.startsWith("enforcedPlatform")
                || args.startsWith("(platform") || args.startsWith("(enforcedPlatform");
        if (unwrapped.startsWith("project") || unwrapped.startsWith("files") || unwrapped.startsWith("fileTree")
                || unwrapped.startsWith("gradleApi") || unwrapped.startsWith("localGroovy")) {
            return; // the build's own modules and files
        }
        String conf0 = buildscript ? "classpath" : configuration;
        Evidence evidence = ctx.evidence(s);

        Matcher kotlin = KOTLIN_MODULE.matcher(unwrapped);
        if (kotlin.find()) {
            ctx.found().add(new GradleDeclaration(conf0, "org.jetbrains.kotlin", "kotlin-" + kotlin.group(1), null, null,
                    kind, platform, null, null, List.of(evidence)));
            return;
        }
        Matcher string = STRING.matcher(unwrapped);
        if (string.find() && string.start() == 0) {
            String literal = string.group(1) != null ? string.group(1) : string.group(2);
            Matcher c = COORDINATES.matcher(literal);
            if (c.matches()) {
                String[] version = resolve(emptyToNull(c.group(3)), ctx.variables());
                String rest = unwrapped.substring(string.end()).strip();
                if (rest.startsWith("+")) { // "g:a:" + springVersion
                    version = new String[] {null, (literal + " " + rest).strip()};
                }
                ctx.found().add(new GradleDeclaration(conf0, c.group(1), c.group(2), version[0], version[1], kind, platform,
                        emptyToNull(c.group(4)), c.group(5), List.of(evidence)));
                return;
            }
        }
        Map<String, String> map = mapNotation(unwrapped, ctx.variables());
        if (map.containsKey("group") && map.containsKey("name")) {
            String[] version = map.containsKey("version") ? resolve(map.get("version"), ctx.variables()) : new String[2];
            ctx.found().add(new GradleDeclaration(conf0, map.get("group"), map.get("name"), version[0], version[1], kind,
                    platform, map.get("classifier"), map.get("ext"), List.of(evidence)));
            return;
        }
        Matcher accessor = ACCESSOR.matcher(unwrapped);
        if (accessor.find() && accessor.start() == 0 && ctx.catalogs().containsKey(accessor.group(1))) {
            catalogLibrary(ctx, s, conf0, kind, platform, accessor.group(1), accessor.group(2), evidence);
        }
    }

    private void catalogLibrary(Context ctx, GradleCode.Statement s, String configuration, GradleDeclaration.Kind kind,
            boolean platform, String catalogName, String path, Evidence evidence) {
        VersionCatalog catalog = ctx.catalogs().get(catalogName);
        String accessor = path.replaceAll("\\.(get|asProvider)$", "");
        if (accessor.startsWith("versions.") || accessor.startsWith("plugins.")) {
            return;
        }
        List<VersionCatalog.Entry> entries;
        if (accessor.startsWith("bundles.")) {
            entries = catalog.bundle(accessor.substring("bundles.".length())).orElse(null);
        } else {
            entries = catalog.library(accessor).map(List::of).orElse(null);
        }
        if (entries == null) {
            ctx.problems().add(Problems.at(ctx.source().path(), evidence.line(), 0,
                    Message.of("gradle.unknownCatalogEntry", catalogName + "." + accessor)));
            return;
        }
        for (VersionCatalog.Entry e : entries) {
            ctx.found().add(new GradleDeclaration(configuration, e.group(), e.name(), e.version(), e.expression(), kind,
                    platform, null, null, List.of(evidence, e.evidence())));
        }
    }

    private void plugin(Context ctx, GradleCode.Statement s) {
        String text = s.text();
        Evidence evidence = ctx.evidence(s);
        String id = null;
        Matcher m = PLUGIN_ID.matcher(text);
        Matcher k = PLUGIN_KOTLIN.matcher(text);
        Matcher a = PLUGIN_ALIAS.matcher(text);
        if (m.find()) {
            id = m.group(1) != null ? m.group(1) : m.group(2);
        } else if (k.find()) {
            id = "org.jetbrains.kotlin." + k.group(1);
        } else if (a.find() && ctx.catalogs().containsKey(a.group(1))) {
            Optional<VersionCatalog.Entry> entry = ctx.catalogs().get(a.group(1)).plugin(a.group(2));
            if (entry.isEmpty()) {
                ctx.problems().add(Problems.at(ctx.source().path(), evidence.line(), 0,
                        Message.of("gradle.unknownCatalogEntry", a.group(1) + ".plugins." + a.group(2))));
                return;
            }
            VersionCatalog.Entry e = entry.get();
            ctx.found().add(new GradleDeclaration("plugins", e.group(), e.name(), e.version(), e.expression(),
                    GradleDeclaration.Kind.PLUGIN, false, null, null, List.of(evidence, e.evidence())));
            return;
        }
        if (id == null || !id.contains(".")) {
            return; // core plugins (java, application, `java-library`) ship with Gradle itself
        }
        String[] version = {null, null};
        Matcher v = PLUGIN_VERSION.matcher(text);
        if (v.find()) {
            String raw = v.group(1) != null ? v.group(1) : v.group(2);
            version = raw != null ? resolve(raw, ctx.variables()) : lookup(v.group(3), ctx.variables());
        }
        ctx.found().add(new GradleDeclaration("plugins", id, id + ".gradle.plugin", version[0], version[1],
                GradleDeclaration.Kind.PLUGIN, false, null, null, List.of(evidence)));
    }

    /** {@code platform("x")} -> {@code "x"}, {@code ("x")} -> {@code "x"}: the notation inside the calls. */
    private static String unwrap(String args) {
        String a = args.strip();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String call : List.of("platform", "enforcedPlatform", "testFixtures", "")) {
                if (a.startsWith(call + "(") || a.startsWith(call + " (")) {
                    int open = a.indexOf('(');
                    int close = a.lastIndexOf(')');
                    if (close > open) {
                        a = a.substring(open + 1, close).strip();
                        changed = true;
                    }
                }
            }
        }
        return a;
    }

    private static Map<String, String> mapNotation(String args, Map<String, String> variables) {
        Map<String, String> map = new HashMap<>();
        Matcher m = MAP_ENTRY.matcher(args);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3);
            if (value == null) { // an identifier: a variable
                String[] r = lookup(m.group(4), variables);
                value = r[0] != null ? r[0] : "$" + m.group(4);
            }
            map.putIfAbsent(m.group(1), value);
        }
        return map;
    }

    /** {resolved version, null} or {null, expression as written}. Interpolations are looked up in the variables. */
    static String[] resolve(String raw, Map<String, String> variables) {
        if (raw == null || raw.isEmpty()) {
            return new String[] {null, null};
        }
        StringBuilder out = new StringBuilder();
        Matcher m = INTERPOLATION.matcher(raw);
        int last = 0;
        while (m.find()) {
            String[] value = lookup(m.group(1) != null ? m.group(1) : m.group(2), variables);
            if (value[0] == null) {
                return new String[] {null, raw};
            }
            out.append(raw, last, m.start()).append(value[0]);
            last = m.end();
        }
        out.append(raw.substring(last));
        return VersionCatalog.plain(out.toString());
    }

    /** A variable's value by the ways scripts name it: x, ext.x, project.x, property("x"), extra["x"]. */
    private static String[] lookup(String expression, Map<String, String> variables) {
        String e = expression == null ? "" : expression.strip();
        Matcher call = PROPERTY_CALL.matcher(e);
        if (call.matches()) {
            e = call.group(1) != null ? call.group(1) : call.group(2);
        }
        e = e.replaceFirst("^(?:rootProject\\.|project\\.)?(?:ext\\.|extra\\.)?", "");
        String value = variables.get(e);
        return value == null ? new String[] {null, expression} : new String[] {value, null};
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
