package fr.cctlint.collect.dotnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import fr.cctlint.collect.Collection;
import fr.cctlint.collect.Roles;
import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import fr.cctlint.referential.IndexedProductMatcher;
import fr.cctlint.referential.ReferentialLoader;
import fr.cctlint.source.PathSourceTree;
import fr.cctlint.source.SourceTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DotnetCollectorTest {
    private static final DotnetCollector COLLECTOR = new DotnetCollector();
    private static Collection resources;

    @BeforeAll
    static void collectResources() throws Exception {
        Path root = Path.of(DotnetCollectorTest.class.getResource("/collect/dotnet").toURI());
        try (SourceTree tree = PathSourceTree.open(root, "dotnet")) {
            resources = COLLECTOR.collect(tree, tree.files().stream().filter(COLLECTOR::claims).toList());
        }
    }

    private static Collection collect(Map<String, byte[]> files) throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path root = fs.getPath("/project");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path p = root.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
            try (SourceTree tree = PathSourceTree.open(root, "project")) {
                return COLLECTOR.collect(tree, tree.files().stream().filter(COLLECTOR::claims).toList());
            }
        }
    }

    private static Component purl(String purl) {
        return find(purl).orElseThrow(() -> new AssertionError(purl + " not in "
                + resources.components().stream().map(Component::purl).toList()));
    }

    private static Optional<Component> find(String purl) {
        return resources.components().stream().filter(c -> purl.equals(c.purl())).findFirst();
    }

    private static List<String> locations(Component c) {
        return c.evidence().stream().map(Evidence::location).toList();
    }

    @Test
    void claimsProjectPropsConfigAndLockFiles() {
        for (String p : List.of("App.csproj", "src/Lib/Lib.fsproj", "vb/Old.VBPROJ", "Directory.Packages.props",
                "src/Directory.Build.props", "legacy/packages.config", "src/App/packages.lock.json")) {
            assertTrue(COLLECTOR.claims(p), p);
        }
        for (String p : List.of("App.sln", "global.json", "src/App/appsettings.json", "nuget.config", "App.csproj.user")) {
            assertFalse(COLLECTOR.claims(p), p);
        }
    }

    static Stream<Arguments> apiPackages() {
        String api = "solution/src/Prefecture.Api/Prefecture.Api.csproj";
        String lock = "solution/src/Prefecture.Api/packages.lock.json";
        String props = "solution/Directory.Packages.props";
        return Stream.of(
                // purl, scope, evidence locations
                Arguments.of("pkg:nuget/Microsoft.EntityFrameworkCore@8.0.3", Scope.RUNTIME,
                        List.of(api + ":9", props + ":8", lock + ":5")),
                Arguments.of("pkg:nuget/Serilog.AspNetCore@8.0.1", Scope.RUNTIME,
                        List.of(api + ":11", props + ":10", lock + ":51")),
                Arguments.of("pkg:nuget/Newtonsoft.Json@13.0.3", Scope.RUNTIME, List.of(api + ":12", lock + ":34")),
                Arguments.of("pkg:nuget/Swashbuckle.AspNetCore@6.5.0", Scope.RUNTIME, List.of(api + ":13", lock + ":66")),
                Arguments.of("pkg:nuget/Microsoft.EntityFrameworkCore.Design@8.0.3", Scope.BUILD, List.of(api + ":16", lock + ":15")),
                Arguments.of("pkg:nuget/StyleCop.Analyzers@1.2.0-beta.556", Scope.BUILD, List.of(props + ":18", lock + ":57")),
                Arguments.of("pkg:nuget/Microsoft.SourceLink.GitLab@8.0.0", Scope.BUILD,
                        List.of("solution/Directory.Build.props:8", lock + ":25")),
                // transitive: reached from a runtime package, or only from build-only ones
                Arguments.of("pkg:nuget/Npgsql@8.0.2", Scope.RUNTIME, List.of(lock + ":100")),
                Arguments.of("pkg:nuget/Microsoft.EntityFrameworkCore.Relational@8.0.3", Scope.RUNTIME, List.of(lock + ":82")),
                Arguments.of("pkg:nuget/Humanizer.Core@2.14.1", Scope.BUILD, List.of(lock + ":72")),
                Arguments.of("pkg:nuget/Microsoft.SourceLink.Common@8.0.0", Scope.BUILD, List.of(lock + ":95")),
                Arguments.of("pkg:nuget/StyleCop.Analyzers.Unstable@1.2.0.556", Scope.BUILD, List.of(lock + ":105")));
    }

    @ParameterizedTest
    @MethodSource("apiPackages")
    void lockedProjectPackagesHaveResolvedVersionScopeAndEvidence(String purl, Scope scope, List<String> evidence) {
        Component c = purl(purl);
        assertEquals(scope, c.scope());
        assertEquals(Roles.PACKED_LIBRARY, c.property(Roles.KEY));
        assertEquals(ComponentType.LIBRARY, c.type());
        for (String where : evidence) {
            assertTrue(locations(c).contains(where), where + " in " + locations(c));
        }
        assertEquals(evidence.get(0), locations(c).get(0), "primary evidence");
    }

    @Test
    void theLockfileResolvedVersionWinsOverTheCentralOne() {
        assertTrue(find("pkg:nuget/Newtonsoft.Json@13.0.1").isEmpty(), "13.0.1 is overridden then locked at 13.0.3");
        assertEquals("[8.0.3, )", purl("pkg:nuget/Microsoft.EntityFrameworkCore@8.0.3").property("nuget:requested"));
        assertEquals("true", purl("pkg:nuget/Npgsql@8.0.2").property("nuget:transitive"));
    }

    @Test
    void projectsOfTheLockAreNotPackages() {
        assertTrue(resources.components().stream().noneMatch(c -> c.name().equalsIgnoreCase("prefecture.domain")));
    }

    @Test
    void evidenceOfAMultiLineItemIsWhereItsTagStarts() {
        Evidence e = purl("pkg:nuget/Swashbuckle.AspNetCore@6.5.0").primaryEvidence();
        assertEquals("<PackageReference", e.text());
    }

    @Test
    void versionsWithoutLockfileComeFromAttributesPropertiesOrExactRanges() {
        assertEquals("solution/src/Prefecture.Domain/Prefecture.Domain.csproj:7",
                purl("pkg:nuget/FluentValidation@11.9.0").primaryEvidence().location());
        assertEquals("<PackageReference Include=\"Polly\" Version=\"$(PollyLine).3.1\" />",
                purl("pkg:nuget/Polly@8.3.1").primaryEvidence().text());
        assertEquals(Scope.RUNTIME, purl("pkg:nuget/System.Text.Json@8.0.3").scope(), "conditions are not evaluated");
    }

    @Test
    void rangesFloatingVersionsAndUnknownPropertiesAreKeptAsExpressions() {
        Map<String, String> expected = Map.of("NodaTime", "[3.1.0,4.0.0)", "MediatR", "12.*", "Dapper", "$(DapperVersion)");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Component c = purl("pkg:nuget/" + e.getKey());
            assertNull(c.version());
            assertEquals(e.getValue(), c.property("cct:versionExpression"));
        }
    }

    @Test
    void testProjectPackagesAreTestScopedButARuntimeUseElsewhereWins() {
        Component xunit = purl("pkg:nuget/xunit@2.7.0");
        assertEquals(Scope.TEST, xunit.scope());
        assertEquals("solution/tests/Prefecture.Api.Tests/Prefecture.Api.Tests.csproj:7", xunit.primaryEvidence().location());
        assertEquals(List.of("solution/tests/Prefecture.Api.Tests/Prefecture.Api.Tests.csproj:7",
                "solution/Directory.Packages.props:14"), locations(xunit));
        assertEquals(Scope.TEST, purl("pkg:nuget/Microsoft.NET.Test.Sdk@17.9.0").scope());
        Component ef = purl("pkg:nuget/Microsoft.EntityFrameworkCore@8.0.3");
        assertEquals(Scope.RUNTIME, ef.scope());
        assertTrue(locations(ef).contains("solution/tests/Prefecture.Api.Tests/Prefecture.Api.Tests.csproj:9"));
    }

    @Test
    void targetFrameworksAreTheOperatedDotnetRuntime() {
        Component net8 = purl("pkg:generic/dotnet@8.0");
        assertEquals(ComponentType.PLATFORM, net8.type());
        assertEquals(Scope.RUNTIME, net8.scope());
        assertTrue(locations(net8).containsAll(List.of("solution/Directory.Build.props:3",
                "solution/src/Prefecture.Domain/Prefecture.Domain.csproj:3")), locations(net8).toString());
        Component net48 = purl("pkg:generic/dotnet@4.8");
        assertEquals(".NET Framework", net48.property("dotnet:family"));
        assertEquals("net48", net48.property("dotnet:targetFramework"));
        Component legacy = purl("pkg:generic/dotnet@4.7.2");
        assertEquals("legacy/Legacy.Web/Legacy.Web.csproj:7", legacy.primaryEvidence().location());
        assertTrue(resources.components().stream().noneMatch(c -> "netstandard2.0".equals(c.property("dotnet:targetFramework"))));
    }

    @Test
    void packagesConfigIsRead() {
        assertEquals("legacy/Legacy.Web/packages.config:3", purl("pkg:nuget/jQuery@3.4.1").primaryEvidence().location());
        assertEquals(Scope.RUNTIME, purl("pkg:nuget/Newtonsoft.Json@12.0.3").scope());
        assertEquals(Scope.BUILD, purl("pkg:nuget/Microsoft.CodeDom.Providers.DotNetCompilerPlatform@2.0.1").scope());
    }

    @Test
    void theReferentialRecognisesTheRuntimeAndLibraries() {
        IndexedProductMatcher matcher = new IndexedProductMatcher(ReferentialLoader.bundled());
        assertEquals("DV-1103", matcher.match(purl("pkg:generic/dotnet@8.0")).orElseThrow().entry().ref());
        assertTrue(matcher.match(purl("pkg:nuget/jQuery@3.4.1")).orElseThrow().entry().ref().startsWith("AT-1"));
    }

    @Test
    void brokenXmlAndJsonAreProblemsAtTheirLinesAndTheRestIsRead() {
        Problem xml = resources.problems().stream().filter(p -> p.file().equals("broken/Broken.csproj")).findFirst().orElseThrow();
        assertEquals("collect.invalidXml", xml.message().key());
        assertEquals(7, xml.line());
        Problem json = resources.problems().stream().filter(p -> p.file().equals("broken/packages.lock.json")).findFirst()
                .orElseThrow();
        assertEquals("collect.invalidJson", json.message().key());
        assertEquals(8, json.line(), "the brace after the trailing comma");
        assertEquals(2, resources.problems().size(), resources.problems().toString());
        assertTrue(resources.components().stream().noneMatch(c -> c.primaryEvidence().file().startsWith("broken/")));
    }

    @Test
    void externalEntitiesAreNeverRead(@TempDir Path dir) throws Exception {
        Path marker = dir.resolve("marker.txt");
        Files.writeString(marker, "SECRET-MARKER-42");
        String uri = marker.toUri().toString();
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Project [\n  <!ENTITY leak SYSTEM \"" + uri + "\">\n]>\n"
                + "<Project>\n  <ItemGroup>\n    <PackageReference Include=\"&leak;\" Version=\"1.0.0\" />\n"
                + "  </ItemGroup>\n  <PropertyGroup><TargetFramework>&leak;</TargetFramework></PropertyGroup>\n</Project>\n";
        String params = "<?xml version=\"1.0\"?>\n<!DOCTYPE packages [\n  <!ENTITY % p SYSTEM \"" + uri + "\">\n  %p;\n]>\n"
                + "<packages><package id=\"x\" version=\"1.0.0\"/></packages>\n";
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
                + " <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                + " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n]>\n"
                + "<Project><PropertyGroup><TargetFramework>&lol3;</TargetFramework></PropertyGroup></Project>\n";
        Collection c = collect(Map.of("a/Xxe.csproj", xxe.getBytes(StandardCharsets.UTF_8),
                "b/packages.config", params.getBytes(StandardCharsets.UTF_8),
                "c/Laughs.csproj", laughs.getBytes(StandardCharsets.UTF_8)));
        String everything = c.toString() + c.problems().stream()
                .map(p -> new Messages(Locale.ENGLISH).render(p.message())).toList();
        assertFalse(everything.contains("SECRET-MARKER-42"), everything);
        assertFalse(everything.contains("lollol"), everything);
        assertTrue(c.components().stream().noneMatch(x -> x.name().contains("SECRET")));
        assertTrue(c.problems().stream().anyMatch(p -> p.file().equals("a/Xxe.csproj") && p.line() == 7), c.problems().toString());
    }

    @Test
    void notUtf8EmptyAndHostileInputNeverThrow() throws Exception {
        Collection c = collect(Map.of(
                "a/A.csproj", "<Project><PropertyGroup><Company>Minist\u00e8re</Company></PropertyGroup></Project>"
                        .getBytes(StandardCharsets.ISO_8859_1),
                "b/B.csproj", new byte[0],
                "c/C.csproj", ("<Project>" + "<ItemGroup>".repeat(200_000) + "</Project>").getBytes(StandardCharsets.UTF_8),
                "d/packages.lock.json", "{\"version\": 1, \"dependencies\": []}".getBytes(StandardCharsets.UTF_8),
                "e/packages.lock.json", "[]".getBytes(StandardCharsets.UTF_8)));
        Map<String, String> keys = new java.util.TreeMap<>();
        c.problems().forEach(p -> keys.put(p.file(), p.message().key()));
        assertEquals(Map.of("a/A.csproj", "collect.notUtf8", "b/B.csproj", "collect.invalidXml",
                "c/C.csproj", "collect.invalidXml", "d/packages.lock.json", "dotnet.badLock",
                "e/packages.lock.json", "dotnet.badLock"), keys);
        assertTrue(c.components().isEmpty());
    }
}
