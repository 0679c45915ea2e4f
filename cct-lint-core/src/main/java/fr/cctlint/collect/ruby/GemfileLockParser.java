package fr.cctlint.collect.ruby;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Components;
import fr.cctlint.collect.Problems;
import fr.cctlint.collect.Roles;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one {@code Gemfile.lock} (Bundler's lockfile, an indentation-based format) into components.
 *
 * <ul>
 *   <li>Source sections ({@code GEM}, {@code GIT}, {@code PATH}, {@code PLUGIN SOURCE}): their 4-space
 *       {@code name (version)} lines under {@code specs:} are the locked gems; 6-space lines are those gems' own
 *       constraints and are skipped. A platform-specific gem {@code nokogiri (1.15.4-x86_64-linux)} has version
 *       1.15.4 and the platform in {@code gem:platforms} (one component for all platforms of one version).
 *       Gems from git or a local path are kept, with {@code gem:source} ({@code rubygems}, {@code git},
 *       {@code path}), {@code gem:remote} and, for git, {@code gem:revision}.</li>
 *   <li>{@code DEPENDENCIES} marks direct gems ({@code gem:direct}); Bundler groups (development, test) are not
 *       recorded in the lockfile, so every gem is RUNTIME.</li>
 *   <li>{@code RUBY VERSION} is the interpreter the application runs on: {@code pkg:generic/ruby@3.2.2}, a
 *       PLATFORM (operated).</li>
 *   <li>{@code BUNDLED WITH} is Bundler, loaded into the application by {@code bundler/setup}:
 *       {@code pkg:gem/bundler@<version>}.</li>
 * </ul>
 * Unknown upper-case sections (such as {@code CHECKSUMS}) are skipped; a line that fits nowhere is a problem at
 * that line and the rest of the file is still read.
 */
public final class GemfileLockParser {
    /** {@code name}, {@code name (version)} or {@code name (version-platform)}, as Bundler splits them. */
    private static final Pattern SPEC = Pattern.compile("([^\\s()!]+)(?: \\(([^-()\\s]+)(?:-([^()\\s]+))?\\))?");
    /** A DEPENDENCIES entry: name, optional constraints, optional {@code !} for a non-rubygems source. */
    private static final Pattern DEPENDENCY = Pattern.compile("([^\\s()!]+)(?: \\(([^()]*)\\))?(!)?");
    private static final Pattern OPTION = Pattern.compile("([a-z_]+): ?(.*)");
    private static final Pattern SECTION = Pattern.compile("[A-Z][A-Z ]*");
    private static final Pattern RUBY = Pattern.compile("ruby ([0-9][0-9A-Za-z.]*?)(?:p[0-9]+)?(?: \\((.+)\\))?");
    private static final Set<String> SOURCES = Set.of("GEM", "GIT", "PATH", "PLUGIN SOURCE");

    /** One locked gem while reading. */
    private static final class Spec {
        final String name;
        final String version;
        final Set<String> platforms = new LinkedHashSet<>();
        final List<Evidence> evidence = new ArrayList<>();
        final Map<String, String> source;

        Spec(String name, String version, Map<String, String> source) {
            this.name = name;
            this.version = version;
            this.source = source;
        }
    }

    public Collection parse(SourceText source) {
        Collection.Builder out = new Collection.Builder();
        Map<String, Spec> specs = new LinkedHashMap<>();
        Map<String, Boolean> direct = new LinkedHashMap<>(); // name -> from a non-rubygems source (!)
        String section = null;
        Map<String, String> sourceInfo = null;
        boolean inSpecs = false;
        Component ruby = null;
        Component bundler = null;
        for (int n = 1; n <= source.lineCount(); n++) {
            String line = source.line(n);
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("<<<<<<<") || line.startsWith("=======") || line.startsWith(">>>>>>>")) {
                out.problem(Problems.at(source.path(), n, 1, Message.of("ruby.conflict")));
                continue;
            }
            int indent = indent(line);
            String text = line.strip();
            if (indent == 0) {
                if (!SECTION.matcher(text).matches()) {
                    out.problem(bad(source, n));
                    section = null;
                    continue;
                }
                section = text;
                inSpecs = false;
                sourceInfo = SOURCES.contains(section) ? newSource(section) : null;
                continue;
            }
            if (section == null) {
                out.problem(bad(source, n));
                continue;
            }
            if (sourceInfo != null) {
                if (indent == 2) {
                    Matcher m = OPTION.matcher(text);
                    if (text.equals("specs:")) {
                        inSpecs = true;
                    } else if (m.matches()) {
                        addOption(sourceInfo, m.group(1), m.group(2).strip());
                    } else {
                        out.problem(bad(source, n));
                    }
                } else if (indent == 4 && inSpecs) {
                    Matcher m = SPEC.matcher(text);
                    if (m.matches() && m.group(2) != null) {
                        Map<String, String> from = sourceInfo;
                        String key = m.group(1) + "@" + m.group(2) + "@" + from;
                        Spec spec = specs.computeIfAbsent(key, k -> new Spec(m.group(1), m.group(2), new LinkedHashMap<>(from)));
                        if (m.group(3) != null) {
                            spec.platforms.add(m.group(3));
                        }
                        spec.evidence.add(source.evidence(n));
                    } else {
                        out.problem(bad(source, n));
                    }
                } else if (indent == 6 && inSpecs) {
                    if (!DEPENDENCY.matcher(text).matches()) {
                        out.problem(bad(source, n));
                    }
                } else {
                    out.problem(bad(source, n));
                }
                continue;
            }
            switch (section) {
                case "DEPENDENCIES" -> {
                    Matcher m = DEPENDENCY.matcher(text);
                    if (indent == 2 && m.matches()) {
                        direct.put(m.group(1), m.group(3) != null);
                    } else {
                        out.problem(bad(source, n));
                    }
                }
                case "RUBY VERSION" -> {
                    Matcher m = RUBY.matcher(text);
                    if (m.matches()) {
                        Map<String, String> props = new LinkedHashMap<>();
                        props.put("ruby:version", text);
                        ruby = Components.of(Components.purl("generic", null, "ruby", m.group(1), Map.of()), null, "ruby",
                                m.group(1), ComponentType.PLATFORM, Scope.RUNTIME, null, source.evidence(n), props);
                    } else {
                        out.problem(bad(source, n));
                    }
                }
                case "BUNDLED WITH" -> {
                    if (text.matches("[0-9][0-9A-Za-z.]*")) {
                        bundler = Components.of(Components.purl("gem", null, "bundler", text, Map.of()), null, "bundler",
                                text, ComponentType.LIBRARY, Scope.RUNTIME, Roles.PACKED_LIBRARY, source.evidence(n),
                                Map.of("gem:bundledWith", "true"));
                    } else {
                        out.problem(bad(source, n));
                    }
                }
                default -> {
                    // PLATFORMS, CHECKSUMS and sections Bundler may add later: nothing to collect
                }
            }
        }
        if (ruby != null) {
            out.add(ruby);
        }
        Map<String, Component> byId = new LinkedHashMap<>();
        for (Spec spec : specs.values()) {
            Component c = component(spec, direct);
            byId.merge(c.id(), c, Components::merge);
        }
        if (bundler != null) {
            byId.merge(bundler.id(), bundler, Components::merge);
        }
        byId.values().forEach(out::add);
        return out.build();
    }

    private static Component component(Spec spec, Map<String, Boolean> direct) {
        Map<String, String> props = new LinkedHashMap<>(spec.source);
        if (!spec.platforms.isEmpty()) {
            props.put("gem:platforms", String.join(",", spec.platforms));
        }
        if (direct.containsKey(spec.name)) {
            props.put("gem:direct", "true");
        }
        Component c = Components.of(Components.purl("gem", null, spec.name, spec.version, Map.of()), null, spec.name,
                spec.version, ComponentType.LIBRARY, Scope.RUNTIME, Roles.PACKED_LIBRARY, spec.evidence.get(0), props);
        return new Component(c.id(), c.name(), c.group(), c.version(), c.purl(), c.cpe(), c.type(), c.scope(),
                c.subject(), spec.evidence, c.properties());
    }

    private static Map<String, String> newSource(String section) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("gem:source", switch (section) {
            case "GIT" -> "git";
            case "PATH" -> "path";
            case "PLUGIN SOURCE" -> "plugin";
            default -> "rubygems";
        });
        return s;
    }

    private static void addOption(Map<String, String> source, String key, String value) {
        switch (key) {
            case "remote" -> source.merge("gem:remote", value, (a, b) -> a + "," + b); // GEM may list several
            case "revision" -> source.put("gem:revision", value);
            case "branch", "tag", "ref" -> source.put("gem:" + key, value);
            default -> {
                // glob, submodules, type...: not needed
            }
        }
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static Problem bad(SourceText source, int line) {
        return Problems.at(source.path(), line, 1, Message.of("ruby.badLine", source.line(line).strip()));
    }
}
