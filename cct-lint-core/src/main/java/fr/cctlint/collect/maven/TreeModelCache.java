package fr.cctlint.collect.maven;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.building.ModelCache;

/** The model builder's cache of parents and imports, for one read of a tree (never shared between reads). */
final class TreeModelCache implements ModelCache {
    private final Map<List<String>, Object> entries = new HashMap<>();

    @Override
    public void put(String groupId, String artifactId, String version, String tag, Object data) {
        entries.put(key(groupId, artifactId, version, tag), data);
    }

    @Override
    public Object get(String groupId, String artifactId, String version, String tag) {
        return entries.get(key(groupId, artifactId, version, tag));
    }

    private static List<String> key(String groupId, String artifactId, String version, String tag) {
        return java.util.Arrays.asList(groupId, artifactId, version, tag);
    }
}
