package fr.cctlint.collect.npm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Roles;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every lockfile format on a realistic project written for these tests: what is installed, in which scope. */
class NpmFixturesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            lock-v3        | pkg:npm/%40angular/core@17.3.0 RUNTIME, pkg:npm/fsevents@2.3.3 OPTIONAL, pkg:npm/jest@29.7.0 BUILD, pkg:npm/js-tokens@3.0.2 BUILD, pkg:npm/js-tokens@4.0.0 RUNTIME, pkg:npm/lodash@4.17.21 RUNTIME, pkg:npm/loose-envify@1.4.0 RUNTIME, pkg:npm/my-fork@1.0.0 RUNTIME, pkg:npm/react@18.3.1 RUNTIME, pkg:npm/tslib@2.6.2 RUNTIME, pkg:npm/typescript@5.4.5 BUILD, pkg:npm/watchpack-chokidar2@2.0.1 OPTIONAL, pkg:npm/local-lib RUNTIME, pkg:generic/node RUNTIME
            shrinkwrap-v1  | pkg:npm/debug@2.6.9 RUNTIME, pkg:npm/express@4.17.1 RUNTIME, pkg:npm/legacy-utils RUNTIME, pkg:npm/mocha@8.2.1 BUILD, pkg:npm/debug@4.2.0 BUILD, pkg:npm/ms@2.1.2 BUILD, pkg:npm/ms@2.0.0 RUNTIME, pkg:npm/request@2.88.2 RUNTIME
            workspaces-v2  | pkg:npm/eslint@8.57.0 BUILD, pkg:npm/express@4.19.2 RUNTIME, pkg:npm/uuid@8.3.2 RUNTIME, pkg:npm/uuid@9.0.1 RUNTIME
            yarn-classic   | pkg:npm/%40babel/runtime@7.24.4 RUNTIME, pkg:npm/%40vue/shared@3.4.21 RUNTIME, pkg:npm/esbuild@0.20.2 BUILD, pkg:npm/fsevents@2.3.3 OPTIONAL, pkg:npm/regenerator-runtime@0.14.1 RUNTIME, pkg:npm/vite@5.2.8 BUILD, pkg:npm/vue@2.7.16 RUNTIME, pkg:npm/vue@3.4.21 RUNTIME
            yarn-berry     | pkg:npm/%40nestjs/core@10.3.7 RUNTIME, pkg:npm/pg@8.11.5 RUNTIME, pkg:npm/pg-native@3.0.1 OPTIONAL, pkg:npm/resolve@1.22.8 RUNTIME, pkg:npm/tslib@2.6.2 RUNTIME, pkg:npm/typescript@5.4.3 BUILD
            pnpm6          | pkg:npm/%40nestjs/common@10.3.0 RUNTIME, pkg:npm/rxjs@7.8.1 RUNTIME, pkg:npm/tinypool@0.8.3 BUILD, pkg:npm/tslib@2.6.2 RUNTIME, pkg:npm/vitest@1.4.0 BUILD
            pnpm9          | pkg:npm/date-fns@2.30.0 RUNTIME, pkg:npm/js-tokens@4.0.0 RUNTIME, pkg:npm/loose-envify@1.4.0 RUNTIME, pkg:npm/next@14.1.4 RUNTIME, pkg:npm/react-dom@18.2.0 RUNTIME, pkg:npm/react@18.2.0 RUNTIME, pkg:npm/sharp@0.33.3 OPTIONAL, pkg:npm/turbo@1.13.2 BUILD
            """)
    void installsEveryLockedPackageInItsScope(String fixture, String expected) {
        Collection c = NpmTrees.collect(NpmTrees.fixture(fixture));
        assertEquals(List.of(), c.problems());
        assertEquals(Arrays.stream(expected.split(",")).map(String::strip).sorted().toList(),
                c.components().stream().map(x -> x.purl() + " " + x.scope()).sorted().toList());
        for (Component x : c.components()) {
            if (x.type() == ComponentType.LIBRARY) {
                assertEquals(Roles.PACKED_LIBRARY, x.property(Roles.KEY), x.id());
            }
            assertTrue(x.evidence().stream().allMatch(Evidence::hasLine), () -> x.id() + " " + x.evidence());
        }
    }

    @Test
    void lockfileEvidenceFirstThenTheDeclaringLineOfPackageJson() {
        Path root = NpmTrees.fixture("lock-v3");
        Component react = NpmTrees.byPurl(NpmTrees.collect(root), "pkg:npm/react@18.3.1");
        assertEquals(List.of(
                new Evidence("package-lock.json", NpmTrees.lineOf(root.resolve("package-lock.json"),
                        "\"node_modules/react\""), "\"node_modules/react\": {"),
                new Evidence("package.json", NpmTrees.lineOf(root.resolve("package.json"), "\"react\""),
                        "\"react\": \"^18.3.1\",")), react.evidence());
        assertEquals("react", react.name());
        assertNull(react.group());
        assertNull(react.property(NpmComponents.EXPRESSION_KEY), "the lockfile resolved the range");
    }

    @Test
    void scopedPackagesKeepTheirScopeAsGroup() {
        Component core = NpmTrees.byPurl(NpmTrees.collect(NpmTrees.fixture("lock-v3")), "pkg:npm/%40angular/core@17.3.0");
        assertEquals("@angular", core.group());
        assertEquals("core", core.name());
        assertEquals("17.3.0", core.version());
        assertEquals("@angular/core@17.3.0", core.displayName());
    }

    @Test
    void anAliasIsThePackageItInstalls() {
        Path root = NpmTrees.fixture("lock-v3");
        Component lodash = NpmTrees.byPurl(NpmTrees.collect(root), "pkg:npm/lodash@4.17.21");
        assertEquals("lodash", lodash.name());
        assertEquals("\"lodash-es\": \"npm:lodash@^4.17.21\",", lodash.evidence().get(1).text());
        Component request = NpmTrees.byPurl(NpmTrees.collect(NpmTrees.fixture("shrinkwrap-v1")), "pkg:npm/request@2.88.2");
        assertEquals("\"request-compat\": {", request.primaryEvidence().text());
        Component vue2 = NpmTrees.byPurl(NpmTrees.collect(NpmTrees.fixture("yarn-classic")), "pkg:npm/vue@2.7.16");
        assertEquals("\"vue2-compat@npm:vue@2.7.16\":", vue2.primaryEvidence().text());
        Component dateFns = NpmTrees.byPurl(NpmTrees.collect(NpmTrees.fixture("pnpm9")), "pkg:npm/date-fns@2.30.0");
        assertEquals("apps/web/package.json", dateFns.evidence().get(1).file());
    }

    @Test
    void gitFileAndLinkDependenciesAreKeptWithANote() {
        Collection v3 = NpmTrees.collect(NpmTrees.fixture("lock-v3"));
        Component fork = NpmTrees.byPurl(v3, "pkg:npm/my-fork@1.0.0");
        assertEquals("git", fork.property(NpmComponents.SOURCE_KEY));
        assertEquals("git+ssh://github.com/acme/my-fork.git#5f1c2a9e0b7d4c3e8f6a1b2c3d4e5f60718293a4",
                fork.property(NpmComponents.EXPRESSION_KEY), "the user part of the URL is dropped");
        Component local = NpmTrees.byPurl(v3, "pkg:npm/local-lib");
        assertNull(local.version());
        assertEquals("file", local.property(NpmComponents.SOURCE_KEY));
        assertEquals("file:../local-lib", local.property(NpmComponents.EXPRESSION_KEY));
        assertEquals("package.json", local.primaryEvidence().file());

        Component legacy = NpmTrees.byPurl(NpmTrees.collect(NpmTrees.fixture("shrinkwrap-v1")), "pkg:npm/legacy-utils");
        assertNull(legacy.version(), "lockfile v1 writes the git URL as the version");
        assertEquals("git", legacy.property(NpmComponents.SOURCE_KEY));
        assertTrue(legacy.property(NpmComponents.EXPRESSION_KEY).startsWith("git+https://gitlab.example.org/"));
    }

    @Test
    void shrinkwrapWinsOverPackageLock() {
        Collection c = NpmTrees.collect(NpmTrees.fixture("shrinkwrap-v1"));
        assertTrue(c.components().stream().allMatch(x -> x.primaryEvidence().file().equals("npm-shrinkwrap.json")
                || x.primaryEvidence().file().equals("package.json")));
        assertEquals("4.17.1", NpmTrees.byPurl(c, "pkg:npm/express@4.17.1").version());
    }

    @Test
    void duplicateVersionsOfOnePackageAreSeparateComponents() {
        Collection c = NpmTrees.collect(NpmTrees.fixture("workspaces-v2"));
        Component nested = NpmTrees.byPurl(c, "pkg:npm/uuid@9.0.1");
        assertEquals(List.of("package-lock.json", "packages/app/package.json"),
                nested.evidence().stream().map(Evidence::file).toList());
        assertEquals("\"packages/app/node_modules/uuid\": {", nested.primaryEvidence().text());
        Component hoisted = NpmTrees.byPurl(c, "pkg:npm/uuid@8.3.2");
        assertEquals(List.of("package-lock.json", "packages/shared/package.json"),
                hoisted.evidence().stream().map(Evidence::file).toList());
    }

    @Test
    void workspacesAreReadWithTheRootLockfileAndTheirLinksSkipped() {
        Collection c = NpmTrees.collect(NpmTrees.fixture("workspaces-v2"));
        assertTrue(c.components().stream().noneMatch(x -> x.name().equals("shared") || x.name().equals("app")));
        Collection berry = NpmTrees.collect(NpmTrees.fixture("yarn-berry"));
        assertTrue(berry.components().stream().noneMatch(x -> x.name().equals("api") || x.name().equals("signalement")));
        assertEquals("packages/api/package.json",
                NpmTrees.byPurl(berry, "pkg:npm/pg@8.11.5").evidence().get(1).file());
        Collection pnpm = NpmTrees.collect(NpmTrees.fixture("pnpm9"));
        assertTrue(pnpm.components().stream().noneMatch(x -> x.name().equals("ui-kit")));
    }

    @Test
    void yarnAndPnpmEvidenceIsTheEntryHeader() {
        Path berry = NpmTrees.fixture("yarn-berry");
        Component pg = NpmTrees.byPurl(NpmTrees.collect(berry), "pkg:npm/pg@8.11.5");
        assertEquals(new Evidence("yarn.lock", NpmTrees.lineOf(berry.resolve("yarn.lock"), "\"pg@npm:^8.11.5\":"),
                "\"pg@npm:^8.11.5\":"), pg.primaryEvidence());
        Path pnpm = NpmTrees.fixture("pnpm6");
        Component common = NpmTrees.byPurl(NpmTrees.collect(pnpm), "pkg:npm/%40nestjs/common@10.3.0");
        assertEquals("/@nestjs/common@10.3.0(rxjs@7.8.1):", common.primaryEvidence().text());
        Path classic = NpmTrees.fixture("yarn-classic");
        Component shared = NpmTrees.byPurl(NpmTrees.collect(classic), "pkg:npm/%40vue/shared@3.4.21");
        assertEquals(NpmTrees.lineOf(classic.resolve("yarn.lock"), "\"@vue/shared@3.4.21\", \"@vue/shared@^3.4.0\":"),
                shared.primaryEvidence().line());
    }

    @Test
    void nodeEngineIsThePlatformTheApplicationRunsOn() {
        Component node = NpmTrees.byPurl(NpmTrees.collect(NpmTrees.fixture("lock-v3")), "pkg:generic/node");
        assertEquals(ComponentType.PLATFORM, node.type());
        assertNull(node.version());
        assertEquals(">=20.11.0", node.property(NpmComponents.EXPRESSION_KEY));
        assertEquals("\"node\": \">=20.11.0\",", node.primaryEvidence().text());
        assertEquals(Scope.RUNTIME, node.scope());
    }

    @Test
    void componentsComeInFileThenLineOrder() {
        Collection c = NpmTrees.collect(NpmTrees.fixture("workspaces-v2"));
        List<String> order = c.components().stream().map(x -> x.primaryEvidence().location()).toList();
        assertEquals(order.stream().sorted((a, b) -> {
            String[] x = a.split(":");
            String[] y = b.split(":");
            int f = x[0].compareTo(y[0]);
            return f != 0 ? f : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
        }).collect(Collectors.toList()), order);
    }
}
