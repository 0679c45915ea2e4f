package fr.cctlint.cloudnative.check.config;

import fr.cctlint.collect.SourceFiles;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Which files rule CN047 reads, and which are written for a developer's machine or for tests. */
final class ConfigFiles {
    private static final Pattern SPRING = Pattern.compile("(application|bootstrap)([-.][^/]*)?\\.(properties|ya?ml)");
    private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", "target", "build", ".git", "vendor",
            "test", "tests", "__tests__", "testdata", "test-data");

    private final ConfigKnowledge knowledge;

    ConfigFiles(ConfigKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** Test sources ({@code src/test/**}, {@code tests/}), dependencies and build output: never read. */
    static boolean skipped(String path) {
        List<String> folders = List.of(path.toLowerCase(Locale.ROOT).split("/"));
        return folders.subList(0, folders.size() - 1).stream().anyMatch(SKIPPED_FOLDERS::contains);
    }

    /** Spring Boot (and Quarkus, Micronaut) configuration: {@code application*.properties|yml|yaml}, {@code bootstrap*}. */
    static boolean isSpring(String path) {
        return SPRING.matcher(SourceFiles.fileName(path).toLowerCase(Locale.ROOT)).matches();
    }

    static boolean isProperties(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".properties");
    }

    /** {@code .env}, {@code .env.prod}, {@code prod.env}; not {@code .env.example} and other templates. */
    boolean isDotEnv(String path) {
        String name = SourceFiles.fileName(path).toLowerCase(Locale.ROOT);
        if (name.equals(".env") || name.endsWith(".env") && name.length() > 4) {
            return true;
        }
        if (name.startsWith(".env.")) {
            String last = name.substring(name.lastIndexOf('.') + 1);
            return !knowledge.envTemplates().contains(last);
        }
        return false;
    }

    /** Whether the file name names a tolerated profile: {@code application-dev.yml}, {@code .env.local}, {@code docker-compose.test.yml}. */
    boolean tolerated(String path) {
        String name = SourceFiles.fileName(path).toLowerCase(Locale.ROOT);
        String[] parts = name.split("[-._]");
        for (int i = 0; i < parts.length - 1; i++) { // the last part is the extension (or the profile of .env.x)
            if (knowledge.toleratedProfiles().contains(parts[i])) {
                return true;
            }
        }
        return name.startsWith(".env.") && knowledge.toleratedProfiles().contains(parts[parts.length - 1]);
    }

    /** Whether one of the profiles (comma-separated, possibly a profile expression) is tolerated. */
    boolean toleratedProfile(String profiles) {
        for (String p : profiles.toLowerCase(Locale.ROOT).split("[^a-z0-9_-]+")) {
            if (knowledge.toleratedProfiles().contains(p)) {
                return true;
            }
        }
        return false;
    }
}
