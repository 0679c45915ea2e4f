package fr.cctlint.collect.maven;

import fr.cctlint.collect.Components;
import fr.cctlint.collect.Roles;
import fr.cctlint.collect.SourceText;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.maven.model.Build;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Extension;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputLocationTracker;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;

/**
 * Turns one POM's model (effective, or raw when Maven could not build it) into components: the module itself (the
 * project's own artifact, marked as the subject), its dependencies and its build plugins. Each points at the
 * {@code <dependency>} or {@code <plugin>} element that declares it, in the POM that declares it (a parent's for an
 * inherited one), thanks to the positions Maven keeps.
 */
final class PomComponents {
    /** Property: why a version is unknown (the expression as written, or the absent POM that manages it). */
    static final String VERSION_EXPRESSION = "cct:versionExpression";
    /** Property: the Spring Boot version of the module's parent (spring-boot-starter-parent and the like). */
    static final String SPRING_BOOT_PARENT = "cct:springBootParent";
    /** Property: the Spring Boot version of an imported spring-boot-dependencies BOM. */
    static final String SPRING_BOOT_BOM = "cct:springBootBom";
    /** Property: the packaging of a module (jar, war, pom...). */
    static final String PACKAGING = "cct:packaging";
    /** Property: the plugin ({@code groupId:artifactId}) a plugin dependency belongs to. */
    static final String PLUGIN = "cct:plugin";
    /** Property: where a version not written in the tree comes from (the knowledge base of managed versions). */
    static final String VERSION_FROM = "cct:versionFrom";

    private static final String SPRING_BOOT_GROUP = "org.springframework.boot";
    private static final Pattern VERSION_ELEMENT = Pattern.compile("<version>\\s*([^<]*?)\\s*</version>");

    /** A version the tree does not give, taken from the knowledge base, and the words saying so. */
    private record Filled(String version, String from) {
    }

    private final TreePoms poms;
    private final Set<String> treeFiles;
    private final ManagedVersions managed;
    private final Map<String, SourceText> texts = new HashMap<>();

    PomComponents(TreePoms poms, Set<String> treeFiles, ManagedVersions managed) {
        this.poms = poms;
        this.treeFiles = treeFiles;
        this.managed = managed;
    }

    /**
     * The components of a module.
     *
     * @param path  the POM read
     * @param model its effective model, or its raw model
     * @param stubs the POMs outside the tree its build used (they manage versions that stay unknown, unless the
     *              knowledge base knows them)
     * @param effective true for the effective model; a raw model (Maven could not build it) lacks what the tree's
     *              parents manage, so no version is taken from the knowledge base for it
     */
    List<Component> of(String path, Model model, List<TreeModelResolver.Stub> stubs, boolean effective) {
        Map<String, String> common = springBoot(stubs);
        String managedBy = stubs.isEmpty() ? null
                : "managed by " + stubs.stream().map(TreeModelResolver.Stub::coordinates).collect(Collectors.joining(", "));
        String packaging = model.getPackaging() == null ? "jar" : model.getPackaging().strip();
        List<Component> out = new ArrayList<>();
        module(path, model, packaging, common).ifPresent(out::add);
        for (Dependency d : model.getDependencies()) {
            if (d.getArtifactId() == null || poms.isModule(d.getGroupId(), d.getArtifactId()) || isImport(d)) {
                continue;
            }
            Scope scope = scope(d);
            String role = (scope == Scope.RUNTIME || scope == Scope.OPTIONAL) && !packaging.equals("pom")
                    ? Roles.PACKED_LIBRARY : null;
            Map<String, String> qualifiers = new LinkedHashMap<>();
            if (d.getType() != null && !d.getType().isBlank() && !d.getType().equals("jar")) {
                qualifiers.put("type", d.getType().strip());
            }
            if (d.getClassifier() != null && !d.getClassifier().isBlank()) {
                qualifiers.put("classifier", d.getClassifier().strip());
            }
            Filled filled = effective ? fill(stubs, d.getGroupId(), d.getArtifactId(), d.getVersion(), false) : null;
            out.add(component(path, d, d.getGroupId(), d.getArtifactId(), d.getVersion(), qualifiers, scope, role,
                    managedBy, common, filled));
        }
        Build build = model.getBuild();
        if (build != null) {
            for (Plugin p : build.getPlugins()) {
                if (poms.isModule(p.getGroupId(), p.getArtifactId())) {
                    continue;
                }
                Filled filled = effective ? fill(stubs, p.getGroupId(), p.getArtifactId(), p.getVersion(), true) : null;
                out.add(component(path, p, p.getGroupId(), p.getArtifactId(), p.getVersion(), Map.of(), Scope.BUILD,
                        Roles.BUILD_PLUGIN, managedBy, common, filled));
                Map<String, String> ofPlugin = new LinkedHashMap<>(common);
                ofPlugin.put(PLUGIN, p.getGroupId() + ":" + p.getArtifactId());
                for (Dependency d : p.getDependencies()) {
                    if (d.getArtifactId() != null && !poms.isModule(d.getGroupId(), d.getArtifactId())) {
                        out.add(component(path, d, d.getGroupId(), d.getArtifactId(), d.getVersion(), Map.of(),
                                Scope.BUILD, Roles.BUILD_PLUGIN, managedBy, ofPlugin, null));
                    }
                }
            }
            for (Extension e : build.getExtensions()) {
                if (e.getArtifactId() != null && !poms.isModule(e.getGroupId(), e.getArtifactId())) {
                    out.add(component(path, e, e.getGroupId(), e.getArtifactId(), e.getVersion(), Map.of(),
                            Scope.BUILD, Roles.BUILD_PLUGIN, managedBy, common, null));
                }
            }
        }
        return List.copyOf(out);
    }

    /** The module itself: the project's own artifact, the subject of the scan, never judged as a product. */
    private Optional<Component> module(String path, Model model, String packaging, Map<String, String> common) {
        String group = model.getGroupId() != null ? model.getGroupId()
                : model.getParent() != null ? model.getParent().getGroupId() : null;
        String rawVersion = model.getVersion() != null ? model.getVersion()
                : model.getParent() != null ? model.getParent().getVersion() : null;
        if (model.getArtifactId() == null) {
            return Optional.empty();
        }
        String version = resolved(rawVersion);
        Map<String, String> props = new LinkedHashMap<>(common);
        props.put(PACKAGING, packaging);
        if (version == null && rawVersion != null) {
            props.put(VERSION_EXPRESSION, rawVersion);
        }
        Evidence evidence = evidence(path, model.getLocation("artifactId"), null);
        Component c = Components.of(Components.purl("maven", group, model.getArtifactId(), version, Map.of()), group,
                model.getArtifactId(), version, ComponentType.APPLICATION, Scope.RUNTIME, null, evidence, props);
        return Optional.of(new Component(c.id(), c.name(), c.group(), c.version(), c.purl(), c.cpe(), c.type(),
                c.scope(), true, c.evidence(), c.properties()));
    }

    private Component component(String path, InputLocationTracker element, String group, String artifact,
            String rawVersion, Map<String, String> qualifiers, Scope scope, String role, String managedBy,
            Map<String, String> common, Filled filled) {
        String version = resolved(rawVersion);
        Map<String, String> props = new LinkedHashMap<>(common);
        if (version == null && filled != null) {
            version = filled.version();
            props.put(VERSION_FROM, filled.from());
        } else if (version == null) {
            String expression = rawVersion != null && !rawVersion.isBlank() ? rawVersion.strip() : managedBy;
            if (expression != null) {
                props.put(VERSION_EXPRESSION, expression);
            }
        }
        InputLocation declared = element.getLocation("");
        Evidence where = evidence(path, declared, null);
        String written = declaredVersion(where, element.getLocation("version"));
        String text = group + ":" + artifact + (written != null ? ":" + written : "");
        Evidence evidence = new Evidence(where.file(), where.line(), text);
        return Components.of(Components.purl("maven", group, artifact, version, qualifiers), group, artifact, version,
                ComponentType.LIBRARY, scope, role, evidence, props);
    }

    /** Where an element is declared: the tree file Maven read it from, else the POM being read. */
    private Evidence evidence(String path, InputLocation location, String text) {
        String file = sourceFile(location).orElse(path);
        int line = sourceFile(location).isPresent() ? Math.max(0, location.getLineNumber()) : 0;
        return new Evidence(file, line, text != null ? text : text(file).line(line));
    }

    private Optional<String> sourceFile(InputLocation location) {
        if (location == null || location.getSource() == null || location.getSource().getLocation() == null) {
            return Optional.empty();
        }
        String file = location.getSource().getLocation();
        return treeFiles.contains(file) ? Optional.of(file) : Optional.empty();
    }

    /** The version as written in the declaring element ({@code ${caffeine.version}}), when it has one. */
    private String declaredVersion(Evidence declaration, InputLocation version) {
        Optional<String> file = sourceFile(version);
        if (file.isEmpty() || !file.get().equals(declaration.file()) || version.getLineNumber() < declaration.line()) {
            return null;
        }
        Matcher m = VERSION_ELEMENT.matcher(text(file.get()).line(version.getLineNumber()));
        return m.find() && !m.group(1).isEmpty() ? m.group(1) : null;
    }

    private SourceText text(String file) {
        return texts.computeIfAbsent(file, f -> {
            byte[] bytes = poms.bytes(f).orElse(new byte[0]);
            return SourceText.decode(f, bytes).ok()
                    .orElseGet(() -> SourceText.of(f, new String(bytes, StandardCharsets.ISO_8859_1)));
        });
    }

    /**
     * The version the knowledge base gives to an artifact written without version that Maven left without one. The
     * absent POMs are asked in the order Maven met them (the parent chain, then the imported BOMs in order), which is
     * the order in which they manage versions; one the data does not know (a company parent) is passed over, the
     * first it knows decides: a version, or nothing when the data does not hold its line or does not cover the
     * artifact. A plugin's version only comes from a parent (a BOM import brings no plugin management).
     */
    private Filled fill(List<TreeModelResolver.Stub> stubs, String group, String artifact, String rawVersion,
            boolean plugin) {
        if (rawVersion != null && !rawVersion.isBlank()) {
            return null;
        }
        for (TreeModelResolver.Stub s : stubs) {
            if (plugin && !s.parent()) {
                continue;
            }
            Optional<ManagedVersions.Answer> answer = managed.lookup(s.groupId(), s.artifactId(), s.version(), group,
                    artifact);
            if (answer.isPresent()) {
                ManagedVersions.Answer a = answer.get();
                return a.known() ? new Filled(a.version(), "managed by " + s.groupId() + ":" + s.artifactId() + " "
                        + s.version().strip() + (a.exact() ? " (knowledge base)" : " (knowledge base, line)")) : null;
            }
        }
        return null;
    }

    private static Map<String, String> springBoot(List<TreeModelResolver.Stub> stubs) {
        Map<String, String> props = new LinkedHashMap<>();
        for (TreeModelResolver.Stub s : stubs) {
            if (!SPRING_BOOT_GROUP.equals(s.groupId()) || resolved(s.version()) == null) {
                continue;
            }
            if (s.parent() && s.artifactId().startsWith("spring-boot-")) {
                props.putIfAbsent(SPRING_BOOT_PARENT, s.version());
            } else if (!s.parent() && s.artifactId().equals("spring-boot-dependencies")) {
                props.putIfAbsent(SPRING_BOOT_BOM, s.version());
            }
        }
        return props;
    }

    static Scope scope(Dependency d) {
        String scope = d.getScope() == null ? "compile" : d.getScope().strip().toLowerCase(Locale.ROOT);
        return switch (scope) {
            case "test" -> Scope.TEST;
            case "provided", "system" -> Scope.PROVIDED;
            default -> d.isOptional() ? Scope.OPTIONAL : Scope.RUNTIME;
        };
    }

    private static boolean isImport(Dependency d) {
        return "import".equals(d.getScope());
    }

    /** A version usable as such, or null when missing, still holding an expression, or a range ({@code [1.0,2.0)}). */
    static String resolved(String version) {
        if (version == null || version.isBlank() || version.contains("${")) {
            return null;
        }
        String v = version.strip();
        return v.startsWith("[") || v.startsWith("(") ? null : v;
    }
}
