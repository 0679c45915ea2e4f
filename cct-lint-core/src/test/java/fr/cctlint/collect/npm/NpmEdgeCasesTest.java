package fr.cctlint.collect.npm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.collect.Collection;
import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Component;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Manifests without lockfiles, older pnpm lockfiles, and broken or hostile input. */
class NpmEdgeCasesTest {
    private static final String MANIFEST = """
            {
              "name": "demo",
              "dependencies": {
                "express": "^4.19.2",
                "pg": "8.11.5",
                "left-pad": "latest",
                "tools": "gitlab:team/tools#main",
                "shared": "workspace:^"
              },
              "devDependencies": {
                "jest": "~29.7.0"
              }
            }
            """;

    @ParameterizedTest(name = "{0} -> version {1}, expression {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            pkg:npm/express   | -      | ^4.19.2                | RUNTIME
            pkg:npm/pg@8.11.5 | 8.11.5 | -                      | RUNTIME
            pkg:npm/left-pad  | -      | latest                 | RUNTIME
            pkg:npm/tools     | -      | gitlab:team/tools#main | RUNTIME
            pkg:npm/jest      | -      | ~29.7.0                | BUILD
            """)
    void withoutLockfileRangesStayUnresolved(String purl, String version, String expression, Scope scope) {
        Collection c = NpmTrees.collect(Map.of("package.json", MANIFEST));
        Component x = NpmTrees.byPurl(c, purl);
        assertEquals(version, x.version());
        assertEquals(expression, x.property(NpmComponents.EXPRESSION_KEY));
        assertEquals(scope, x.scope());
        assertEquals(5, c.components().size(), "workspace: references are the project's own packages");
    }

    @Test
    void aLockfileThatDoesNotParseIsAProblemAndTheRangesAreKept() {
        Collection c = NpmTrees.collect(Map.of("web/package.json", MANIFEST,
                "web/package-lock.json", "{\n  \"lockfileVersion\": 3,\n  \"packages\": {\n    \"node_modules/express\": {\n      \"version\": 4.19.2\"\n"));
        assertEquals(1, c.problems().size());
        Problem p = c.problems().get(0);
        assertEquals("web/package-lock.json", p.file());
        assertEquals(5, p.line());
        assertTrue(p.column() > 0);
        assertTrue(Messages.english().render(p.message()).startsWith("invalid JSON"), Messages.english().render(p.message()));
        assertEquals("^4.19.2", NpmTrees.byPurl(c, "pkg:npm/express").property(NpmComponents.EXPRESSION_KEY));
    }

    @Test
    void anInvalidPackageJsonGivesLineAndColumnAndOtherProjectsAreStillRead() {
        Collection c = NpmTrees.collect(Map.of(
                "broken/package.json", "{\n  \"dependencies\": {\n    \"react\": \"^18.3.1\"\n    \"vue\": \"^3.4.0\"\n  }\n}\n",
                "ok/package.json", MANIFEST));
        assertEquals(1, c.problems().size());
        Problem p = c.problems().get(0);
        assertEquals("broken/package.json", p.file());
        assertEquals(4, p.line());
        assertEquals(5, p.column());
        assertEquals(5, c.components().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty package.json  | package.json   | ''                                  | 1 | invalid JSON
            array package.json  | package.json   | '[1, 2]'                            | 1 | the file does not hold a JSON object
            yarn classic junk   | yarn.lock      | '# yarn lockfile v1\n\na@^1:\n  version "1.0.0"\n<<<<<<< HEAD\n' | 5 | unexpected line in yarn.lock: <<<<<<< HEAD
            yarn berry bad YAML | yarn.lock      | '__metadata:\n  version: 8\n"a@npm:^1":\n  version: [1\n' | 5 | invalid YAML
            pnpm version 3      | pnpm-lock.yaml | 'lockfileVersion: 3.9\npackages: {}\n' | 1 | pnpm lockfile version 3.9 is not supported (5 to 9 are)
            lockfile of nothing | package-lock.json | '{"name": "x"}'                   | 1 | not a lockfile this version of cct-lint can read
            """)
    void brokenFilesAreProblemsWithALine(String label, String file, String text, int line, String message) {
        Collection c = NpmTrees.collect(Map.of(file, text.replace("\\n", "\n")));
        assertEquals(1, c.problems().size(), () -> c.problems().toString());
        Problem p = c.problems().get(0);
        assertEquals(file, p.file());
        assertEquals(line, p.line());
        assertTrue(Messages.english().render(p.message()).startsWith(message), Messages.english().render(p.message()));
        assertFalse(Messages.french().render(p.message()).startsWith("npm."), "the French bundle has the key");
    }

    @Test
    void aFileThatIsNotUtf8IsAProblem() {
        byte[] latin1 = "{\n  \"description\": \"caf\u00e9\"\n}\n".getBytes(StandardCharsets.ISO_8859_1);
        Collection c = NpmTrees.collect(Map.of("package.json", latin1));
        assertEquals(1, c.problems().size());
        assertEquals(2, c.problems().get(0).line());
        assertEquals(List.of(), c.components());
    }

    @Test
    void aLockfileWithoutPackageJsonIsStillRead() {
        Collection c = NpmTrees.collect(Map.of("yarn.lock", """
                # yarn lockfile v1


                lodash@^4.17.21:
                  version "4.17.21"
                  resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz#679591c564c3bffaae8454cf0b3df370c3d6911c"
                """));
        assertEquals(List.of(), c.problems());
        Component lodash = NpmTrees.byPurl(c, "pkg:npm/lodash@4.17.21");
        assertEquals(Scope.RUNTIME, lodash.scope(), "without a manifest nothing says it is dev-only");
        assertEquals(4, lodash.primaryEvidence().line());
    }

    @Test
    void pnpmVersion5SlashKeysAndPeerSuffixes() {
        Collection c = NpmTrees.collect(Map.of("package.json", """
                {"dependencies": {"@emotion/react": "^11.11.0"}, "devDependencies": {"prettier": "^3.2.5"}}
                """, "pnpm-lock.yaml", """
                lockfileVersion: 5.4

                specifiers:
                  '@emotion/react': ^11.11.0
                  prettier: ^3.2.5

                dependencies:
                  '@emotion/react': 11.11.4_react@18.2.0

                devDependencies:
                  prettier: 3.2.5

                packages:

                  /@emotion/react/11.11.4_react@18.2.0:
                    resolution: {integrity: sha512-AAAA}
                    peerDependencies:
                      react: '>=16.8.0'
                    dependencies:
                      react: 18.2.0
                    dev: false

                  /prettier/3.2.5:
                    resolution: {integrity: sha512-BBBB}
                    dev: true

                  /react/18.2.0:
                    resolution: {integrity: sha512-CCCC}
                    dev: false
                """));
        assertEquals(List.of(), c.problems());
        assertEquals(List.of("pkg:npm/%40emotion/react@11.11.4 RUNTIME", "pkg:npm/prettier@3.2.5 BUILD",
                "pkg:npm/react@18.2.0 RUNTIME"), c.components().stream().map(x -> x.purl() + " " + x.scope())
                .sorted().toList());
        Component emotion = NpmTrees.byPurl(c, "pkg:npm/%40emotion/react@11.11.4");
        assertEquals(2, emotion.evidence().size(), "the importer's dependency points at the peer-suffixed key");
    }

    @Test
    void aGitDependencyInPnpm9KeepsItsRepository() {
        Collection c = NpmTrees.collect(Map.of("pnpm-lock.yaml", """
                lockfileVersion: '9.0'
                importers:
                  .:
                    dependencies:
                      tools:
                        specifier: github:team/tools#v2
                        version: https://codeload.github.com/team/tools/tar.gz/0a1b2c3d
                packages:
                  tools@https://codeload.github.com/team/tools/tar.gz/0a1b2c3d:
                    resolution: {tarball: https://codeload.github.com/team/tools/tar.gz/0a1b2c3d}
                    version: 2.0.0
                snapshots:
                  tools@https://codeload.github.com/team/tools/tar.gz/0a1b2c3d: {}
                """));
        assertEquals(List.of(), c.problems());
        Component tools = NpmTrees.byPurl(c, "pkg:npm/tools@2.0.0");
        assertEquals("git", tools.property(NpmComponents.SOURCE_KEY));
        assertEquals(Scope.RUNTIME, tools.scope());
    }

    @Test
    void aHostileYamlLockfileIsRefusedNotExpanded() {
        StringBuilder bomb = new StringBuilder("lockfileVersion: '9.0'\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char n = 'b'; n <= 'n'; n++) {
            bomb.append(n).append(": &").append(n).append(" [");
            for (int i = 0; i < 10; i++) {
                bomb.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            bomb.append("]\n");
            prev = n;
        }
        Collection c = NpmTrees.collect(Map.of("pnpm-lock.yaml", bomb.toString()));
        assertEquals(1, c.problems().size());
        assertEquals(List.of(), c.components());
    }

    @Test
    void componentsMergedAcrossProjectsKeepTheStrongerScope() {
        Collection c = NpmTrees.collect(Map.of(
                "a/package.json", "{\"devDependencies\": {\"lodash\": \"4.17.21\"}}",
                "b/package.json", "{\"dependencies\": {\"lodash\": \"4.17.21\"}}"));
        Component lodash = NpmTrees.byPurl(c, "pkg:npm/lodash@4.17.21");
        assertEquals(Scope.RUNTIME, lodash.scope());
        assertEquals(List.of("a/package.json", "b/package.json"),
                lodash.evidence().stream().map(e -> e.file()).toList());
        assertNull(lodash.property(NpmComponents.EXPRESSION_KEY));
    }

    @Test
    void yarnGitDependenciesAndBerryAliases() {
        Collection classic = NpmTrees.collect(Map.of("package.json", """
                {"dependencies": {"tools": "github:team/tools#0a1b2c3"}}
                """, "yarn.lock", """
                # yarn lockfile v1


                "tools@github:team/tools#0a1b2c3":
                  version "2.0.0"
                  resolved "https://codeload.github.com/team/tools/tar.gz/0a1b2c3"
                """));
        Component tools = NpmTrees.byPurl(classic, "pkg:npm/tools@2.0.0");
        assertEquals("git", tools.property(NpmComponents.SOURCE_KEY));
        assertEquals(2, tools.evidence().size());

        Collection berry = NpmTrees.collect(Map.of("package.json", """
                {"dependencies": {"lodash-es": "npm:lodash@^4.17.21"}}
                """, "yarn.lock", """
                __metadata:
                  version: 8
                  cacheKey: 10c0

                "lodash-es@npm:lodash@^4.17.21":
                  version: 4.17.21
                  resolution: "lodash@npm:4.17.21"
                  languageName: node
                  linkType: hard
                """));
        Component lodash = NpmTrees.byPurl(berry, "pkg:npm/lodash@4.17.21");
        assertEquals(Scope.RUNTIME, lodash.scope());
        assertEquals(2, lodash.evidence().size());
        assertEquals(1, berry.components().size());
    }
}
