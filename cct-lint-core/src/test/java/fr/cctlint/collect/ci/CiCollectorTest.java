package fr.cctlint.collect.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Roles;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Component;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import fr.cctlint.referential.IndexedProductMatcher;
import fr.cctlint.referential.ReferentialLoader;
import fr.cctlint.source.PathSourceTree;
import fr.cctlint.source.SourceTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The CI collector on GitLab CI and GitHub Actions files: build-only images with their job and line. */
class CiCollectorTest {
    private final CiCollector collector = new CiCollector();

    private Collection collect(String fixture) throws Exception {
        Path root = Path.of(getClass().getResource("/collect/ci/" + fixture).toURI());
        try (SourceTree tree = PathSourceTree.open(root, fixture)) {
            return collector.collect(tree, tree.files().stream().filter(collector::claims).toList());
        }
    }

    /** {@code file:line purl-or-name job=... service=... expression} per component, then problems. */
    private static List<String> summary(Collection c) {
        List<String> lines = new ArrayList<>();
        for (Component x : c.components()) {
            assertEquals(Scope.BUILD, x.scope(), x.id());
            assertEquals(Roles.CI_IMAGE, x.property(Roles.KEY), x.id());
            TreeMap<String, String> p = new TreeMap<>(x.properties());
            lines.add(x.primaryEvidence().location() + " " + (x.purl() != null ? x.purl() : "name=" + x.name())
                    + " job=" + p.get(CiImages.JOB) + (p.containsKey(CiImages.SERVICE) ? " service=" + p.get(CiImages.SERVICE) : "")
                    + (p.containsKey("cct:imageExpression") ? " imageExpression=" + p.get("cct:imageExpression") : "")
                    + (p.containsKey("cct:versionExpression") ? " versionExpression=" + p.get("cct:versionExpression") : ""));
        }
        for (Problem p : c.problems()) {
            lines.add("P " + p.file() + ":" + p.line() + " " + p.message().key());
        }
        return lines;
    }

    @Test
    void gitlabImagesServicesDefaultsAnchorsAndReferences() throws Exception {
        Collection c = collect("gitlab");
        assertEquals(List.of(
                ".gitlab-ci.yml:13 pkg:docker/library/maven@3.9-eclipse-temurin-21 job=default", // $MAVEN_IMAGE
                ".gitlab-ci.yml:15 pkg:docker/library/docker@24-dind job=default service=docker:24-dind",
                ".gitlab-ci.yml:21 pkg:docker/library/eclipse-temurin@21-jdk job=.java-defaults", // also via << and !reference
                ".gitlab-ci.yml:28 pkg:docker/library/postgres@16-alpine job=.db service=db", // ${POSTGRES_VERSION} {value:}
                ".gitlab-ci.yml:30 pkg:docker/library/redis@7 job=.db service=redis:7",
                ".gitlab-ci.yml:49 name=$CI_REGISTRY_IMAGE/kaniko-builder:${CI_COMMIT_SHORT_SHA} job=container"
                        + " imageExpression=$CI_REGISTRY_IMAGE/kaniko-builder:${CI_COMMIT_SHORT_SHA}"), summary(c));
        assertEquals("image: $MAVEN_IMAGE", c.components().get(0).primaryEvidence().text());
    }

    @Test
    void githubContainersServicesAndDockerSteps() throws Exception {
        assertEquals(List.of(
                ".github/workflows/ci.yml:11 pkg:docker/library/node@20-bookworm job=test",
                ".github/workflows/ci.yml:15 pkg:docker/library/postgres@16-alpine job=test service=postgres",
                ".github/workflows/ci.yml:20 pkg:docker/library/redis@7.2 job=test service=cache",
                ".github/workflows/ci.yml:30 pkg:docker/library/eclipse-temurin job=matrix"
                        + " versionExpression=eclipse-temurin:${{ matrix.jdk }}-jdk",
                ".github/workflows/ci.yml:32 pkg:docker/hadolint/hadolint@v2.12.0 job=matrix",
                ".github/workflows/ci.yml:35 pkg:docker/aquasecurity/trivy@0.50.1"
                        + "?repository_url=ghcr.io%2Faquasecurity%2Ftrivy job=matrix",
                ".github/workflows/lint.yaml:5 name=${{ vars.LINT_IMAGE }} job=shell imageExpression=${{ vars.LINT_IMAGE }}"),
                summary(collect("github")));
    }

    @Test
    void ciImagesStillNameTheirProduct() throws Exception {
        IndexedProductMatcher matcher = new IndexedProductMatcher(ReferentialLoader.bundled());
        Component postgres = collect("github").components().get(1);
        assertEquals("AT-1541", matcher.match(postgres).orElseThrow().family().get(0).ref());
    }

    @Test
    void malformedYamlIsAProblemWithItsLine() throws Exception {
        Collection c = collect("broken");
        assertEquals(List.of("P .gitlab-ci.yml:8 collect.invalidYaml"), summary(c));
    }

    static Stream<Arguments> inline() {
        return Stream.of(
                Arguments.of("empty file", "", List.of()),
                Arguments.of("a list, not a mapping", "- a\n- b\n", List.of("P .gitlab-ci.yml:1 ci.notMapping")),
                Arguments.of("image without name", "build:\n  image:\n    entrypoint: [\"\"]\n  script: make\n",
                        List.of("P .gitlab-ci.yml:3 ci.imageWithoutName")),
                Arguments.of("invalid reference", "build:\n  image: \"node 20\"\n",
                        List.of("P .gitlab-ci.yml:2 ci.invalidImage")),
                Arguments.of("a global tag is refused with its line", """
                        .t: &t {image: "alpine:3.20"}
                        a:
                          image: !!python/object/apply:os.system ["echo pwned"]
                        """, List.of("P .gitlab-ci.yml:3 collect.invalidYaml")),
                Arguments.of("local tags are nodes, never objects", """
                        .t: &t {image: "alpine:3.20"}
                        b:
                          image: !custom {name: x}
                        c:
                          extends: .t
                          image: !reference [.t, image]
                        """, List.of(".gitlab-ci.yml:1 pkg:docker/library/alpine@3.20 job=.t", // c resolves to .t's line
                        ".gitlab-ci.yml:3 pkg:docker/library/x job=b")), // the unknown tag is ignored, the mapping read
                Arguments.of("reference loops are bounded", """
                        .a:
                          image: !reference [.b, image]
                        .b:
                          image: !reference [.a, image]
                        """, List.of()),
                Arguments.of("alias bomb", "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
                        + "b: &b [" + "*a, ".repeat(10) + "*a]\n" + "c: &c [" + "*b, ".repeat(10) + "*b]\n"
                        + "d: &d [" + "*c, ".repeat(100) + "*c]\n", List.of("P .gitlab-ci.yml:0 collect.invalidYaml")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inline")
    void readsTrickyAndBrokenGitlabFiles(String name, String yaml, List<String> expected) {
        assertEquals(expected, summary(GitLabCiParser.parse(SourceText.of(".gitlab-ci.yml", yaml))));
    }

    @Test
    void problemsRenderInBothLanguages() {
        Collection c = GitLabCiParser.parse(SourceText.of(".gitlab-ci.yml", "build:\n  image: \"node 20\"\n"));
        assertEquals("the image reference node 20 cannot be read", Messages.english().render(c.problems().get(0).message()));
        assertEquals("la référence d'image node 20 est illisible", Messages.french().render(c.problems().get(0).message()));
    }

    @ParameterizedTest
    @CsvSource({
            ".gitlab-ci.yml, true", "services/api/.gitlab-ci.yml, true", ".gitlab-ci.yaml, true",
            ".github/workflows/ci.yml, true", ".github/workflows/release.yaml, true",
            "repo/.github/workflows/ci.yml, true", ".github/workflows/sub/ci.yml, false",
            ".github/dependabot.yml, false", "gitlab-ci.yml, false", ".github/workflows/README.md, false"})
    void claimsCiFilesByPath(String path, boolean claimed) {
        assertEquals(claimed, collector.claims(path));
    }

    /** Real workflows of French public-sector projects: none of them runs a job in a container. */
    @Test
    void corpusWorkflowsParseAndNameNoImage() throws Exception {
        String shared = System.getProperty("cct.shared");
        Path repos = shared == null ? null : Path.of(shared, "corpus/repos");
        assumeTrue(repos != null && Files.isDirectory(repos), "the corpus (cct.shared/corpus/repos) is not available here");
        int files = 0;
        try (SourceTree tree = PathSourceTree.open(repos, "repos")) {
            List<String> claimed = tree.files().stream().filter(collector::claims).toList();
            files = claimed.size();
            Collection c = collector.collect(tree, claimed);
            assertTrue(c.problems().isEmpty(), c.problems().toString());
            assertTrue(c.components().isEmpty(), c.components().toString());
        }
        assertEquals(23, files);
    }
}
