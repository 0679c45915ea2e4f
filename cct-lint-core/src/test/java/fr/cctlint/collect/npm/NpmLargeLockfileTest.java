package fr.cctlint.collect.npm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.collect.Collection;
import fr.cctlint.model.Scope;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A generated package-lock.json of the size large monorepos commit (over 10 MB, 15,000 packages, nested
 * duplicates): read completely, each package once. Its time is measured by the build, not asserted.
 */
class NpmLargeLockfileTest {
    private static final int PACKAGES = 15_000;

    @Test
    void aTenMegabyteLockfileIsReadWhole() {
        StringBuilder lock = new StringBuilder(12 * 1024 * 1024);
        lock.append("{\n  \"name\": \"big\",\n  \"lockfileVersion\": 3,\n  \"requires\": true,\n  \"packages\": {\n");
        lock.append("    \"\": {\n      \"name\": \"big\",\n      \"dependencies\": {\n        \"pkg-0\": \"^1.0.0\"\n      }\n    }");
        for (int i = 0; i < PACKAGES; i++) {
            String key = i % 10 == 9 ? "node_modules/pkg-" + (i - 1) + "/node_modules/pkg-" + i : "node_modules/pkg-" + i;
            lock.append(",\n    \"").append(key).append("\": {\n")
                    .append("      \"version\": \"1.").append(i % 50).append(".").append(i).append("\",\n")
                    .append("      \"resolved\": \"https://registry.npmjs.org/pkg-").append(i).append("/-/pkg-").append(i)
                    .append("-1.0.0.tgz\",\n")
                    .append("      \"integrity\": \"sha512-").append("A".repeat(88)).append("\",\n")
                    .append(i % 3 == 0 ? "      \"dev\": true,\n" : "")
                    .append("      \"license\": \"MIT\",\n")
                    .append("      \"dependencies\": {\n");
            for (int d = 1; d <= 12; d++) {
                lock.append("        \"pkg-").append((i + d) % PACKAGES).append("\": \"^1.").append(d).append(".0\"")
                        .append(d < 12 ? ",\n" : "\n");
            }
            lock.append("      },\n      \"engines\": {\n        \"node\": \">=14\"\n      },\n")
                    .append("      \"funding\": {\n        \"url\": \"https://github.com/sponsors/someone\"\n      }\n    }");
        }
        lock.append("\n  }\n}\n");
        assertTrue(lock.length() > 10 * 1024 * 1024, "over 10 MB: " + lock.length());
        Collection c = NpmTrees.collect(Map.of("package-lock.json", lock.toString(),
                "package.json", "{\"dependencies\": {\"pkg-0\": \"^1.0.0\"}}"));
        assertEquals(0, c.problems().size());
        assertEquals(PACKAGES, c.components().size());
        assertEquals(PACKAGES / 3, c.components().stream().filter(x -> x.scope() == Scope.BUILD).count());
        assertEquals(2, NpmTrees.byPurl(c, "pkg:npm/pkg-0@1.0.0").evidence().size());
    }
}
