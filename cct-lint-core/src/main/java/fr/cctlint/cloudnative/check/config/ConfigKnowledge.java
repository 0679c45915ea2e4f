package fr.cctlint.cloudnative.check.config;

import fr.cctlint.cloudnative.check.support.KnowledgeFiles;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What rule CN047 knows about configuration values, read from {@code cct-rules/cloud-native/config.yaml}: which
 * keys hold secrets or hosts, which values look like credentials whatever their key, which hosts are local.
 *
 * @param secretKeys        key endings (normalised words) whose value is a secret
 * @param hostKeys          key endings whose value is a network location
 * @param connectionSchemes URL schemes of backing service connection strings
 * @param localHosts        hosts of the machine itself
 * @param serviceSuffixes   DNS suffixes of in-cluster service names
 * @param referencePrefixes value prefixes that point to a secret stored elsewhere
 * @param toleratedProfiles profiles of a developer's machine or of tests
 * @param envTemplates      last parts of {@code .env.<part>} files that document variables
 * @param secretValues      patterns of values that are credentials whatever their key
 */
public record ConfigKnowledge(List<String> secretKeys, List<String> hostKeys, Set<String> connectionSchemes,
        Set<String> localHosts, List<String> serviceSuffixes, List<String> referencePrefixes,
        Set<String> toleratedProfiles, Set<String> envTemplates, List<SecretValue> secretValues) {

    public static final String BUNDLED = "cct-rules/cloud-native/config.yaml";
    private static final Set<String> KEYS = Set.of("secretKeys", "hostKeys", "connectionSchemes", "localHosts",
            "serviceSuffixes", "referencePrefixes", "toleratedProfiles", "envTemplates", "secretValues");

    /** A value pattern: {@code name} picks the message {@code cnconfig.kind.<name>}. */
    public record SecretValue(String name, Pattern pattern) {
    }

    public ConfigKnowledge {
        secretKeys = List.copyOf(secretKeys);
        hostKeys = List.copyOf(hostKeys);
        connectionSchemes = Set.copyOf(connectionSchemes);
        localHosts = Set.copyOf(localHosts);
        serviceSuffixes = List.copyOf(serviceSuffixes);
        referencePrefixes = List.copyOf(referencePrefixes);
        toleratedProfiles = Set.copyOf(toleratedProfiles);
        envTemplates = Set.copyOf(envTemplates);
        secretValues = List.copyOf(secretValues);
    }

    /** The knowledge shipped with cct-lint. A broken bundled file is a build defect: it throws. */
    public static ConfigKnowledge bundled() {
        return KnowledgeFiles.bundled(BUNDLED, ConfigKnowledge::read);
    }

    /**
     * Reads a knowledge file.
     *
     * @throws IllegalArgumentException when it is not valid YAML or breaks the format (the message says where)
     */
    public static ConfigKnowledge read(Reader reader) {
        Map<?, ?> map = KnowledgeFiles.topMapping(reader, "config knowledge", KEYS, 10, 256 * 1024);
        List<SecretValue> values = new ArrayList<>();
        if (!(map.get("secretValues") instanceof List<?> list)) {
            throw new IllegalArgumentException("config knowledge: 'secretValues' must be a list");
        }
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> entry) || !(entry.get("name") instanceof String name)
                    || !(entry.get("pattern") instanceof String pattern) || entry.size() != 2) {
                throw new IllegalArgumentException("config knowledge: each secret value needs a name and a pattern: "
                        + item);
            }
            try {
                values.add(new SecretValue(name, Pattern.compile(pattern)));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("config knowledge: bad pattern of " + name + ": " + e.getMessage(), e);
            }
        }
        return new ConfigKnowledge(strings(map, "secretKeys"), strings(map, "hostKeys"),
                Set.copyOf(strings(map, "connectionSchemes")), Set.copyOf(strings(map, "localHosts")),
                strings(map, "serviceSuffixes"), strings(map, "referencePrefixes"),
                Set.copyOf(strings(map, "toleratedProfiles")), Set.copyOf(strings(map, "envTemplates")), values);
    }

    private static List<String> strings(Map<?, ?> map, String key) {
        if (!(map.get(key) instanceof List<?> list) || list.isEmpty()
                || !list.stream().allMatch(String.class::isInstance)) {
            throw new IllegalArgumentException("config knowledge: '" + key + "' must be a non-empty list of strings");
        }
        return list.stream().map(s -> ((String) s).toLowerCase(Locale.ROOT)).distinct().toList();
    }
}
