package fr.cctlint.collect.gradle;

import fr.cctlint.model.Evidence;
import java.util.List;

/**
 * A dependency or plugin as a build script declares it.
 *
 * @param configuration the Gradle configuration ({@code implementation}, {@code testRuntimeOnly}, {@code classpath})
 *                      or {@code plugins} for a plugin
 * @param group         group (plugin id for a plugin)
 * @param name          artifact ({@code <id>.gradle.plugin}, the plugin marker, for a plugin)
 * @param version       resolved version, or null
 * @param expression    the version as written when it could not be resolved, or null
 * @param kind          library, plugin, or a version constraint
 * @param platform      declared through {@code platform(...)} or {@code enforcedPlatform(...)}: a BOM
 * @param classifier    Maven classifier, or null
 * @param extension     artifact type after {@code @}, or null
 * @param evidence      where it is declared, then where a version catalog defines it
 */
record GradleDeclaration(String configuration, String group, String name, String version, String expression,
        Kind kind, boolean platform, String classifier, String extension, List<Evidence> evidence) {

    enum Kind { LIBRARY, PLUGIN, CONSTRAINT }

    GradleDeclaration {
        evidence = List.copyOf(evidence);
    }

    String coordinates() {
        return group + ":" + name;
    }

    GradleDeclaration withVersion(String newVersion) {
        return new GradleDeclaration(configuration, group, name, newVersion, expression, kind, platform, classifier,
                extension, evidence);
    }
}
