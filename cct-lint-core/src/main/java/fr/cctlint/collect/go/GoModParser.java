package fr.cctlint.collect.go;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Components;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.Roles;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one {@code go.mod} (a line-oriented format with {@code verb ( ... )} blocks, {@code //} comments and
 * Go-quoted strings) into components.
 *
 * <ul>
 *   <li>Every {@code require}d module, single-line or in a block, is a RUNTIME packed library: Go links all it
 *       requires into the binary, so {@code // indirect} requirements are kept too (property {@code go:indirect}).</li>
 *   <li>{@code replace} applies: a module replaced by another module is reported under the replacement's path and
 *       version ({@code go:replaces} keeps the original); a module replaced by a local folder keeps its path, has no
 *       version, and {@code go:localReplacement} names the folder.</li>
 *   <li>The {@code go} directive becomes the Go standard library and runtime, linked into every binary:
 *       {@code pkg:golang/stdlib@<go version>} (a minimum version; {@code toolchain} is kept as a property).</li>
 *   <li>{@code exclude}, {@code retract}, {@code godebug}, {@code tool} and {@code ignore} change no component.</li>
 * </ul>
 * A line it cannot read is a problem at that line; the rest of the file is still read.
 */
public final class GoModParser {
    /** Directives Go knows; another word at the start of a line is an error for the go command too. */
    private static final Set<String> DIRECTIVES = Set.of("module", "go", "toolchain", "godebug", "require", "exclude",
            "replace", "retract", "tool", "ignore");
    private static final Pattern GO_VERSION = Pattern.compile("[1-9][0-9]*(\\.(0|[1-9][0-9]*)){0,2}((rc|beta)[0-9]+)?");

    /** One logical statement: its directive, its words after the directive, its line, its trailing comment. */
    private record Statement(String verb, List<String> args, int line, String comment) {
    }

    private record Replace(String oldPath, String oldVersion, String newPath, String newVersion, int line) {
        boolean local() {
            return newVersion == null;
        }
    }

    private record Require(String path, String version, int line, boolean indirect) {
    }

    public Collection parse(SourceText source) {
        Collection.Builder out = new Collection.Builder();
        List<Statement> statements = statements(source, out);
        String module = null;
        Statement go = null;
        String toolchain = null;
        List<Require> requires = new ArrayList<>();
        List<Replace> replaces = new ArrayList<>();
        for (Statement s : statements) {
            switch (s.verb()) {
                case "module" -> {
                    if (s.args().size() == 1) {
                        module = s.args().get(0);
                    } else {
                        out.problem(bad(source, s, "go.badLine"));
                    }
                }
                case "go" -> {
                    if (s.args().size() == 1 && GO_VERSION.matcher(s.args().get(0)).matches()) {
                        go = s;
                    } else {
                        out.problem(bad(source, s, "go.badGoVersion"));
                    }
                }
                case "toolchain" -> {
                    if (s.args().size() == 1) {
                        toolchain = s.args().get(0);
                    } else {
                        out.problem(bad(source, s, "go.badLine"));
                    }
                }
                case "require" -> {
                    if (s.args().size() == 2 && validVersion(s.args().get(1))) {
                        requires.add(new Require(s.args().get(0), s.args().get(1), s.line(), isIndirect(s.comment())));
                    } else {
                        out.problem(bad(source, s, "go.badRequire"));
                    }
                }
                case "replace" -> {
                    Replace r = replace(s);
                    if (r == null) {
                        out.problem(bad(source, s, "go.badReplace"));
                    } else {
                        replaces.add(r);
                    }
                }
                default -> {
                    // exclude, retract, godebug, tool, ignore: no component changes
                }
            }
        }
        if (go != null) {
            Map<String, String> props = new LinkedHashMap<>();
            props.put("go:directive", "go " + go.args().get(0));
            if (toolchain != null) {
                props.put("go:toolchain", toolchain);
            }
            if (module != null) {
                props.put("go:module", module);
            }
            out.add(Components.of(Components.purl("golang", null, "stdlib", go.args().get(0), Map.of()), null, "stdlib",
                    go.args().get(0), ComponentType.LIBRARY, Scope.RUNTIME, Roles.PACKED_LIBRARY,
                    source.evidence(go.line()), props));
        }
        Map<String, Component> byId = new LinkedHashMap<>();
        for (Require r : requires) {
            Component c = component(source, r, replacementOf(r, replaces), module);
            byId.merge(c.id(), c, Components::merge);
        }
        byId.values().forEach(out::add);
        return out.build();
    }

    private static Component component(SourceText source, Require r, Replace replace, String module) {
        Map<String, String> props = new LinkedHashMap<>();
        if (r.indirect()) {
            props.put("go:indirect", "true");
        }
        if (module != null) {
            props.put("go:module", module);
        }
        String path = r.path();
        String version = r.version();
        if (replace != null) {
            if (replace.local()) {
                props.put("go:localReplacement", replace.newPath());
                props.put("go:requiredVersion", r.version());
                version = null;
            } else {
                props.put("go:replaces", r.path() + "@" + r.version());
                path = replace.newPath();
                version = replace.newVersion();
            }
        }
        int slash = path.lastIndexOf('/');
        String namespace = slash < 0 ? null : path.substring(0, slash);
        String name = path.substring(slash + 1);
        String purl = Components.purl("golang", namespace, name, version, Map.of());
        Component c = Components.of(purl, namespace, name, version, ComponentType.LIBRARY, Scope.RUNTIME,
                Roles.PACKED_LIBRARY, source.evidence(r.line()), props);
        if (replace == null) {
            return c;
        }
        return new Component(c.id(), c.name(), c.group(), c.version(), c.purl(), c.cpe(), c.type(), c.scope(),
                c.subject(), List.of(source.evidence(r.line()), source.evidence(replace.line())), c.properties());
    }

    /** The replace that applies: one naming this exact version wins over one naming every version. */
    private static Replace replacementOf(Require r, List<Replace> replaces) {
        Replace any = null;
        for (Replace rep : replaces) {
            if (rep.oldPath().equals(r.path())) {
                if (r.version().equals(rep.oldVersion())) {
                    return rep;
                }
                if (rep.oldVersion() == null) {
                    any = rep;
                }
            }
        }
        return any;
    }

    /** {@code old [version] => new [version]}; a replacement without version must be a local folder. */
    private static Replace replace(Statement s) {
        List<String> a = s.args();
        int arrow = a.indexOf("=>");
        if (arrow < 1 || arrow > 2 || a.size() - arrow - 1 < 1 || a.size() - arrow - 1 > 2) {
            return null;
        }
        String oldVersion = arrow == 2 ? a.get(1) : null;
        String newPath = a.get(arrow + 1);
        String newVersion = a.size() - arrow - 1 == 2 ? a.get(arrow + 2) : null;
        if (newVersion == null && !isLocalPath(newPath)) {
            return null;
        }
        if (newVersion != null && !validVersion(newVersion) || oldVersion != null && !validVersion(oldVersion)) {
            return null;
        }
        return new Replace(a.get(0), oldVersion, newPath, newVersion, s.line());
    }

    private static boolean isLocalPath(String path) {
        return path.startsWith("./") || path.startsWith("../") || path.startsWith("/") || path.equals(".")
                || path.equals("..") || path.startsWith(".\\") || path.startsWith("..\\")
                || path.matches("[A-Za-z]:[\\\\/].*");
    }

    /** Module versions are canonical semantic versions with a leading v (pseudo-versions included). */
    private static boolean validVersion(String v) {
        return v.length() > 1 && v.charAt(0) == 'v' && Character.isDigit(v.charAt(1));
    }

    private static boolean isIndirect(String comment) {
        if (comment == null) {
            return false;
        }
        String c = comment.strip();
        return c.equals("indirect") || c.startsWith("indirect;");
    }

    private static Problem bad(SourceText source, Statement s, String key) {
        return Problems.at(source.path(), s.line(), 1, Message.of(key, source.line(s.line()).strip()));
    }

    /** Splits the file into statements, unfolding blocks; unreadable lines become problems. */
    private static List<Statement> statements(SourceText source, Collection.Builder out) {
        List<Statement> statements = new ArrayList<>();
        String block = null;
        int blockLine = 0;
        for (int n = 1; n <= source.lineCount(); n++) {
            Tokens t = Tokens.of(source.line(n));
            if (t == null) {
                out.problem(Problems.at(source.path(), n, 1, Message.of("go.badQuote", source.line(n).strip())));
                continue;
            }
            List<String> w = t.words();
            if (w.isEmpty()) {
                continue;
            }
            if (block != null) {
                if (w.size() == 1 && w.get(0).equals(")")) {
                    block = null;
                } else if (w.contains("(") || w.contains(")")) {
                    out.problem(Problems.at(source.path(), n, 1, Message.of("go.badLine", source.line(n).strip())));
                } else {
                    statements.add(new Statement(block, w, n, t.comment()));
                }
                continue;
            }
            String verb = w.get(0);
            if (!DIRECTIVES.contains(verb)) {
                out.problem(Problems.at(source.path(), n, 1, Message.of("go.unknownDirective", verb)));
                continue;
            }
            if (w.size() == 2 && w.get(1).equals("(")) {
                block = verb;
                blockLine = n;
            } else if (w.size() == 3 && w.get(1).equals("(") && w.get(2).equals(")")) {
                continue; // an empty block
            } else {
                statements.add(new Statement(verb, w.subList(1, w.size()), n, t.comment()));
            }
        }
        if (block != null) {
            out.problem(Problems.at(source.path(), blockLine, 1, Message.of("go.unclosedBlock", block)));
        }
        return statements;
    }

    /** The words of one line (quoted strings unquoted, {@code =>}, {@code (} and {@code )} apart) and its comment. */
    private record Tokens(List<String> words, String comment) {
        /** Null when a quoted string is not closed. */
        static Tokens of(String line) {
            List<String> words = new ArrayList<>();
            int i = 0;
            int len = line.length();
            while (i < len) {
                char c = line.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '/' && i + 1 < len && line.charAt(i + 1) == '/') {
                    return new Tokens(words, line.substring(i + 2));
                } else if (c == '(' || c == ')') {
                    words.add(String.valueOf(c));
                    i++;
                } else if (c == '=' && i + 1 < len && line.charAt(i + 1) == '>') {
                    words.add("=>");
                    i += 2;
                } else if (c == '"' || c == '`') {
                    StringBuilder sb = new StringBuilder();
                    int j = i + 1;
                    while (j < len && line.charAt(j) != c) {
                        if (c == '"' && line.charAt(j) == '\\' && j + 1 < len) {
                            j++;
                        }
                        sb.append(line.charAt(j++));
                    }
                    if (j >= len) {
                        return null;
                    }
                    words.add(sb.toString());
                    i = j + 1;
                } else {
                    int j = i;
                    while (j < len && !Character.isWhitespace(line.charAt(j)) && "()\"`".indexOf(line.charAt(j)) < 0
                            && !line.startsWith("//", j) && !line.startsWith("=>", j)) {
                        j++;
                    }
                    words.add(line.substring(i, j));
                    i = j;
                }
            }
            return new Tokens(words, null);
        }
    }
}
