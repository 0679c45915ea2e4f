package fr.cctlint.collect.dotnet;

import fr.cctlint.collect.SourceText;
import fr.cctlint.model.Evidence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one MSBuild or NuGet file declares, before versions are resolved across files.
 *
 * @param path             tree-relative path
 * @param kind             which kind of file
 * @param properties       {@code PropertyGroup} values (names ignore case, as in MSBuild; conditions are not evaluated)
 * @param references       {@code PackageReference} items (or {@code packages.config} packages)
 * @param packageVersions  central versions: {@code PackageVersion} items of {@code Directory.Packages.props}
 * @param globalReferences {@code GlobalPackageReference} items (tools and analyzers added to every project)
 * @param frameworks       target frameworks ({@code TargetFramework}, {@code TargetFrameworks},
 *                         {@code TargetFrameworkVersion})
 */
record ProjectFile(String path, Kind kind, Map<String, String> properties, List<Reference> references,
        List<Reference> packageVersions, List<Reference> globalReferences, List<Framework> frameworks) {

    enum Kind {
        /** {@code *.csproj}, {@code *.fsproj}, {@code *.vbproj}. */
        PROJECT,
        /** {@code Directory.Build.props}: properties and items shared by the projects below it. */
        BUILD_PROPS,
        /** {@code Directory.Packages.props}: central package management. */
        PACKAGES_PROPS,
        /** {@code packages.config}: the pre-SDK package list. */
        PACKAGES_CONFIG
    }

    /**
     * One package item.
     *
     * @param name                 the package id ({@code Include})
     * @param version              {@code Version} as written (attribute or child element), or null
     * @param versionOverride      {@code VersionOverride} (central management), or null
     * @param privateAssetsAll     {@code PrivateAssets="all"}, or {@code developmentDependency="true"} in packages.config
     * @param evidence             where it is declared
     */
    record Reference(String name, String version, String versionOverride, boolean privateAssetsAll, Evidence evidence) {
    }

    /** One target framework moniker ({@code net8.0}, {@code net48}...) and where it is declared. */
    record Framework(String moniker, Evidence evidence) {
    }

    ProjectFile {
        Map<String, String> p = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        p.putAll(properties);
        properties = Collections.unmodifiableMap(p);
        references = List.copyOf(references);
        packageVersions = List.copyOf(packageVersions);
        globalReferences = List.copyOf(globalReferences);
        frameworks = List.copyOf(frameworks);
    }

    static Kind kindOf(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return switch (file) {
            case "directory.build.props" -> Kind.BUILD_PROPS;
            case "directory.packages.props" -> Kind.PACKAGES_PROPS;
            case "packages.config" -> Kind.PACKAGES_CONFIG;
            default -> Kind.PROJECT;
        };
    }

    /** Reads the element tree of one file. */
    static ProjectFile of(SourceText source, MsBuildXml.Node root) {
        Kind kind = kindOf(source.path());
        Map<String, String> properties = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<Reference> references = new ArrayList<>();
        List<Reference> versions = new ArrayList<>();
        List<Reference> globals = new ArrayList<>();
        List<Framework> frameworks = new ArrayList<>();
        if (kind == Kind.PACKAGES_CONFIG) {
            for (MsBuildXml.Node pkg : root.children()) {
                if (pkg.is("package") && pkg.attribute("id") != null) {
                    references.add(new Reference(pkg.attribute("id").strip(), pkg.attribute("version"), null,
                            "true".equalsIgnoreCase(pkg.attribute("developmentDependency")), source.evidence(pkg.line())));
                }
            }
            return new ProjectFile(source.path(), kind, properties, references, versions, globals, frameworks);
        }
        for (MsBuildXml.Node group : root.children()) {
            if (group.is("PropertyGroup")) {
                for (MsBuildXml.Node prop : group.children()) {
                    properties.put(prop.name(), prop.text());
                    if (prop.is("TargetFramework") || prop.is("TargetFrameworks")) {
                        for (String tfm : prop.text().split(";")) {
                            if (!tfm.isBlank()) {
                                frameworks.add(new Framework(tfm.strip(), source.evidence(prop.line())));
                            }
                        }
                    } else if (prop.is("TargetFrameworkVersion") && !prop.text().isBlank()) {
                        // old-style projects: v4.7.2 is net472
                        frameworks.add(new Framework("net" + prop.text().strip().replaceFirst("^[vV]", "").replace(".", ""),
                                source.evidence(prop.line())));
                    }
                }
            } else if (group.is("ItemGroup")) {
                for (MsBuildXml.Node item : group.children()) {
                    String include = item.attribute("Include");
                    List<Reference> target = item.is("PackageReference") ? references
                            : item.is("PackageVersion") ? versions
                            : item.is("GlobalPackageReference") ? globals : null;
                    if (target == null || include == null || include.isBlank()) {
                        continue; // other items, and Update/Remove items that change references made elsewhere
                    }
                    String privateAssets = item.metadata("PrivateAssets");
                    boolean privateAll = privateAssets != null && List.of(privateAssets.toLowerCase(Locale.ROOT).split(";"))
                            .stream().map(String::strip).anyMatch("all"::equals);
                    target.add(new Reference(include.strip(), item.metadata("Version"), item.metadata("VersionOverride"),
                            privateAll || item.is("GlobalPackageReference"), source.evidence(item.line())));
                }
            }
        }
        return new ProjectFile(source.path(), kind, properties, references, versions, globals, frameworks);
    }

    /** The folder holding the file ({@code ""} at the root), with a trailing {@code /}. */
    String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    boolean isTestProject() {
        return "true".equalsIgnoreCase(properties.getOrDefault("IsTestProject", "").strip())
                || references.stream().anyMatch(r -> r.name().equalsIgnoreCase("Microsoft.NET.Test.Sdk"));
    }
}
