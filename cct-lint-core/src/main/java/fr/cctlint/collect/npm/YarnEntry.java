package fr.cctlint.collect.npm;

import java.util.List;
import java.util.Map;

/**
 * One entry of a yarn.lock: the descriptors it answers ({@code react@^18.2.0}, {@code react@npm:^18.2.0}), what
 * it resolved to, and its own dependencies (name to range, as written).
 *
 * @param key          the entry's header, its identity in the dependency graph
 * @param descriptors  every {@code name@range} the header lists
 * @param version      the {@code version} field
 * @param resolution   berry's {@code resolution} or classic's {@code resolved}, or null
 * @param dependencies required dependencies
 * @param optional     optional dependencies
 * @param local        true for berry's soft links (workspaces, {@code link:}, {@code portal:}) and patches,
 *                     which are not packages of their own
 * @param line         the header's line
 */
record YarnEntry(String key, List<String> descriptors, String version, String resolution,
        Map<String, String> dependencies, Map<String, String> optional, boolean local, int line) {

    YarnEntry {
        descriptors = List.copyOf(descriptors);
        dependencies = Map.copyOf(dependencies);
        optional = Map.copyOf(optional);
    }

    /** The package name of a descriptor or resolution: everything before the {@code @} that follows the name. */
    static String nameOf(String descriptor) {
        int at = descriptor.indexOf('@', descriptor.startsWith("@") ? 1 : 0);
        return at <= 0 ? descriptor : descriptor.substring(0, at);
    }

    /** The range of a descriptor ({@code npm:^1.0.0}, {@code ^1.0.0}), empty when there is none. */
    static String rangeOf(String descriptor) {
        int at = descriptor.indexOf('@', descriptor.startsWith("@") ? 1 : 0);
        return at <= 0 ? "" : descriptor.substring(at + 1);
    }
}
