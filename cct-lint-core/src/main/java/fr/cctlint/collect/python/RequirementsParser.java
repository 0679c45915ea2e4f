package fr.cctlint.collect.python;

import fr.cctlint.collect.Problems;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pip requirements file, line by line, as pip reads it: lines ending with {@code \} are joined, comments
 * ({@code #} at the start or after a space) are dropped, option lines are recognised ({@code -r}/{@code -c}
 * includes are returned for the caller to resolve, {@code -e} editables are read, index options are ignored),
 * per-requirement options ({@code --hash=...}) are cut off, and each requirement is a PEP 508 specifier, a
 * {@code name @ url}, or a bare URL / path (VCS, archive, wheel). Hand-written: no Java library reads this format.
 */
final class RequirementsParser {
    /** Longer logical lines are not requirements (and would only slow the scan down). */
    private static final int MAX_LINE = 10_000;
    private static final Pattern REQUIREMENT_OPTION = Pattern.compile("\\s--[A-Za-z]");
    private static final Pattern EGG = Pattern.compile("[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)");
    private static final Pattern WHEEL = Pattern.compile("([A-Za-z0-9][A-Za-z0-9._]*)-([0-9][^-]*)(?:-[^-]+){2,3}\\.whl$");
    private static final Pattern SDIST = Pattern.compile("([A-Za-z0-9][A-Za-z0-9._-]*?)-([0-9][A-Za-z0-9.+!_]*)\\.(?:tar\\.gz|tar\\.bz2|tgz|zip)$");
    private static final Pattern VCS_REF = Pattern.compile("^(?:git|hg|svn|bzr)\\+.*?://[^#]*?/[^/#@]*@([^#/]+)(?:#|$)");
    private static final Pattern CREDENTIALS = Pattern.compile("(://)[^/@\\s]+@");

    /** A {@code -r} (requirements) or {@code -c} (constraints) line. */
    record Include(String target, boolean constraint, int line, String text) {
    }

    /** What one file holds: requirements (scope RUNTIME until the caller decides), includes and problems. */
    record Parsed(List<PyDep> requirements, List<Include> includes, List<Problem> problems) {
        Parsed {
            requirements = List.copyOf(requirements);
            includes = List.copyOf(includes);
            problems = List.copyOf(problems);
        }
    }

    Parsed parse(SourceText source) {
        List<PyDep> requirements = new ArrayList<>();
        List<Include> includes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int line = 1;
        while (line <= source.lineCount()) {
            int first = line;
            StringBuilder logical = new StringBuilder();
            String physical = source.line(line);
            // a line ending with a backslash goes on with the next one
            while (physical.endsWith("\\") && line < source.lineCount()) {
                logical.append(physical, 0, physical.length() - 1).append(' ');
                physical = source.line(++line);
            }
            logical.append(physical.endsWith("\\") ? physical.substring(0, physical.length() - 1) : physical);
            line++;
            String text = withoutComment(logical.toString()).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.length() > MAX_LINE) {
                problems.add(Problems.at(source.path(), first, 0,
                        Message.of("python.invalidRequirement", text.substring(0, 80) + "...")));
                continue;
            }
            String quoted = stripContinuation(source.line(first));
            if (text.startsWith("-")) {
                option(source, text, first, quoted, requirements, includes, problems);
            } else {
                requirement(source, cutOptions(text), first, quoted, false, requirements, problems);
            }
        }
        return new Parsed(requirements, includes, problems);
    }

    private void option(SourceText source, String text, int line, String quoted, List<PyDep> requirements,
            List<Include> includes, List<Problem> problems) {
        String[] parts = text.split("[\\s=]+", 2);
        String option = parts[0];
        String value = parts.length > 1 ? parts[1].strip() : "";
        // short options may be glued to their value: -rbase.txt
        if (option.length() > 2 && !option.startsWith("--") && "rce".indexOf(option.charAt(1)) >= 0) {
            value = option.substring(2) + (value.isEmpty() ? "" : " " + value);
            option = option.substring(0, 2);
        }
        switch (option) {
            case "-r", "--requirement" -> includes.add(new Include(value, false, line, quoted));
            case "-c", "--constraint" -> includes.add(new Include(value, true, line, quoted));
            case "-e", "--editable" -> requirement(source, cutOptions(value), line, quoted, true, requirements, problems);
            default -> {
                // index, find-links, hashes policy, binary choices...: not about which packages are used
            }
        }
    }

    private void requirement(SourceText source, String text, int line, String quoted, boolean editable,
            List<PyDep> requirements, List<Problem> problems) {
        Evidence evidence = new Evidence(source.path(), line, quoted);
        Pep508 req = Pep508.parse(text);
        if (req != null && !req.url().isEmpty()) { // name @ url
            requirements.add(fromReference(req.url(), req, editable, evidence));
        } else if (req != null && !editable) { // name[extras] specifier ; marker
            requirements.add(fromSpecifier(req, evidence));
        } else if (editable || looksLikeReference(text)) {
            PyDep direct = fromReference(text, null, editable, evidence);
            if (direct != null) {
                requirements.add(direct);
            } else if (!isLocalPath(text) && !(editable && req != null)) {
                problems.add(Problems.at(source.path(), line, 0,
                        Message.of("python.unnamedRequirement", sanitize(text))));
            }
            // a local folder (-e ., ./libs/common) is the project's own code: nothing to inventory
        } else {
            problems.add(Problems.at(source.path(), line, 0, Message.of("python.invalidRequirement", text)));
        }
    }

    private static boolean looksLikeReference(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return text.contains("/") || text.contains("\\") || text.contains(":") || lower.endsWith(".whl")
                || lower.endsWith(".tar.gz") || lower.endsWith(".zip") || lower.endsWith(".tgz") || lower.endsWith(".tar.bz2");
    }

    /** The line without its comment: pip's comments start with {@code #} at the line start or after a space. */
    private static String withoutComment(String line) {
        for (int i = line.indexOf('#'); i >= 0; i = line.indexOf('#', i + 1)) {
            if (i == 0 || Character.isWhitespace(line.charAt(i - 1))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** A component from a PEP 508 specifier (used by pyproject.toml as well). */
    static PyDep fromSpecifier(Pep508 req, Evidence evidence) {
        Map<String, String> props = new LinkedHashMap<>();
        String version = null;
        if (!req.url().isEmpty()) {
            props.putAll(directProperties(req.url(), false));
        } else {
            version = req.exactVersion();
            if (version == null && !req.specifier().isEmpty()) {
                props.put(PythonProperties.VERSION_EXPRESSION, req.specifier());
            }
        }
        common(req, props);
        return new PyDep(req.name(), version, Scope.RUNTIME, evidence, props, false, false);
    }

    /** A VCS, archive or wheel reference: the name from {@code #egg=}, {@code name @} or the file name. */
    private static PyDep fromReference(String reference, Pep508 req, boolean editable, Evidence evidence) {
        String ref = reference.strip();
        String name = req != null && !req.url().isEmpty() ? req.name() : null;
        String version = null;
        Matcher egg = EGG.matcher(ref);
        if (name == null && egg.find()) {
            name = egg.group(1);
        }
        String file = ref.replaceAll("[#?].*$", "");
        file = file.substring(file.lastIndexOf('/') + 1);
        Matcher wheel = WHEEL.matcher(file.length() > 300 ? "" : file);
        Matcher sdist = SDIST.matcher(file.length() > 300 ? "" : file);
        if (wheel.matches()) {
            name = name == null ? wheel.group(1) : name;
            version = wheel.group(2);
        } else if (sdist.matches()) {
            name = name == null ? sdist.group(1) : name;
            version = sdist.group(2);
        }
        if (name == null || isLocalPath(ref) && version == null) {
            return null; // unnamed, or a local folder: the project's own code
        }
        Map<String, String> props = new LinkedHashMap<>(directProperties(ref, editable));
        Matcher vcsRef = VCS_REF.matcher(ref);
        if (version == null && vcsRef.find()) {
            props.put(PythonProperties.VERSION_EXPRESSION, vcsRef.group(1));
        }
        if (req != null) {
            common(req, props);
        }
        return new PyDep(name, version, Scope.RUNTIME, evidence, props, false, false);
    }

    private static Map<String, String> directProperties(String ref, boolean editable) {
        Map<String, String> props = new LinkedHashMap<>();
        String lower = ref.toLowerCase(Locale.ROOT);
        String kind = editable ? "editable"
                : lower.matches("^(git|hg|svn|bzr)\\+.*") ? "vcs"
                : isLocalPath(ref) ? "path" : "url";
        props.put(PythonProperties.SOURCE, kind);
        props.put(PythonProperties.SOURCE_URL, sanitize(ref));
        return props;
    }

    private static void common(Pep508 req, Map<String, String> props) {
        if (!req.extras().isEmpty()) {
            props.put(PythonProperties.EXTRAS, req.extras());
        }
        if (!req.marker().isEmpty()) {
            props.put(PythonProperties.MARKER, req.marker());
        }
    }

    /** Drops user and password from a URL (never reported). */
    static String sanitize(String ref) {
        return CREDENTIALS.matcher(ref).replaceAll("$1");
    }

    private static boolean isLocalPath(String ref) {
        String r = ref.strip();
        return r.startsWith(".") || r.startsWith("/") || r.startsWith("~") || r.startsWith("file:")
                || r.matches("^[A-Za-z]:\\\\.*");
    }

    /** A requirement line without its per-requirement options ({@code --hash=...}, {@code --config-settings}). */
    private static String cutOptions(String text) {
        Matcher m = REQUIREMENT_OPTION.matcher(text);
        return m.find() ? text.substring(0, m.start()).strip() : text.strip();
    }

    private static String stripContinuation(String line) {
        String s = line.strip();
        return s.endsWith("\\") ? s.substring(0, s.length() - 1).strip() : s;
    }
}
