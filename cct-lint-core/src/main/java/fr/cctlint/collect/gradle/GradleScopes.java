package fr.cctlint.collect.gradle;

import fr.cctlint.collect.Roles;
import fr.cctlint.model.Scope;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * What a Gradle configuration says about a dependency. Test configurations ({@code test*}, {@code *Test*}) are
 * TEST; {@code compileOnly} and friends are PROVIDED; annotation processors and {@code developmentOnly} are BUILD;
 * {@code implementation}, {@code api}, {@code runtimeOnly} (and their source-set variants such as
 * {@code jvmMainImplementation}) are RUNTIME, packed into the application; {@code classpath} and plugins are BUILD
 * plugins. Any other configuration is a plugin's tooling ({@code detektPlugins}, {@code liquibaseRuntime},
 * {@code jacocoAgent}): BUILD.
 */
final class GradleScopes {
    private static final Set<String> RUNTIME = Set.of("implementation", "api", "runtimeonly", "compile", "runtime",
            "default");
    private static final Set<String> PROVIDED = Set.of("compileonly", "compileonlyapi", "providedcompile",
            "providedruntime");
    private static final Set<String> BUILD = Set.of("annotationprocessor", "kapt", "ksp", "developmentonly",
            "classpath", "plugins");

    private GradleScopes() {
    }

    static Scope of(String configuration) {
        String c = configuration.toLowerCase(Locale.ROOT);
        if (c.contains("test")) {
            return Scope.TEST;
        }
        if (PROVIDED.contains(c) || configuration.endsWith("CompileOnly")) {
            return Scope.PROVIDED;
        }
        if (BUILD.contains(c) || configuration.endsWith("AnnotationProcessor")) {
            return Scope.BUILD;
        }
        if (RUNTIME.contains(c) || configuration.endsWith("Implementation") || configuration.endsWith("Api")
                || configuration.endsWith("RuntimeOnly")) {
            return Scope.RUNTIME;
        }
        return Scope.BUILD;
    }

    /** The role of a declaration: packed library at run time, build plugin for classpath and plugins. */
    static String role(String configuration, Scope scope) {
        if ("classpath".equals(configuration) || "plugins".equals(configuration)) {
            return Roles.BUILD_PLUGIN;
        }
        return scope == Scope.RUNTIME ? Roles.PACKED_LIBRARY : null;
    }

    /**
     * The scope of a locked module from the configurations a lockfile lists: on a runtime classpath it is
     * RUNTIME; on a compile classpath only it is PROVIDED; on test classpaths only TEST; else BUILD.
     */
    static Scope ofLocked(Collection<String> configurations) {
        boolean compile = false;
        boolean test = false;
        for (String conf : configurations) {
            String c = conf.toLowerCase(Locale.ROOT);
            if (c.contains("test")) {
                test = true;
            } else if (c.endsWith("runtimeclasspath")) {
                return Scope.RUNTIME;
            } else if (c.endsWith("compileclasspath")) {
                compile = true;
            }
        }
        return compile ? Scope.PROVIDED : test ? Scope.TEST : Scope.BUILD;
    }
}
