package fr.cctlint.referential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How selector patterns and names are read and folded. */
class SelectorsPatternTest {

    static Stream<Arguments> purlPatterns() {
        return Stream.of(
                Arguments.of("pkg:maven/org.apache.tomcat.embed/tomcat-embed-*",
                        new PurlPattern("maven", "org.apache.tomcat.embed", "tomcat-embed-*")),
                Arguments.of("pkg:npm/@angular/*", new PurlPattern("npm", "@angular", "*")),
                Arguments.of("pkg:npm/%40angular/core", new PurlPattern("npm", "@angular", "core")),
                Arguments.of("pkg:npm/jquery", new PurlPattern("npm", "", "jquery")),
                Arguments.of("pkg:golang/github.com/grafana/grafana",
                        new PurlPattern("golang", "github.com/grafana", "grafana")),
                Arguments.of("PKG:Maven/org.x/y", new PurlPattern("maven", "org.x", "y")),
                // a version, qualifiers or subpath written by mistake do not change what is selected
                Arguments.of("pkg:maven/org.x/y@1.0?type=jar#sub", new PurlPattern("maven", "org.x", "y")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("purlPatterns")
    void readsPurlPatterns(String text, PurlPattern expected) {
        assertEquals(Optional.of(expected), PurlPattern.tryParse(text));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "maven/org.x/y", "pkg:npm", "pkg:/x", "pkg:1bad/x", "pkg:npm/%zz", "pkg:npm/ ",
        "pkg:maven//y"})
    void refusesWhatIsNotAPurlPattern(String text) {
        assertEquals(Optional.empty(), PurlPattern.tryParse(text));
    }

    @Test
    void keysFoldCaseAndPypiSeparators() {
        assertEquals("maven/org.x/y", PurlPattern.tryParse("pkg:maven/Org.X/Y").orElseThrow().key());
        assertEquals(PurlPattern.keyOf("pypi", null, "zope.interface"),
                PurlPattern.tryParse("pkg:pypi/Zope_Interface").orElseThrow().key());
        assertEquals("npm/@angular/core", PurlPattern.keyOf("npm", "@angular", "core"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Node.js|nodejs", "NODE-JS|nodejs", "LemonLDAP::NG|lemonldapng", "lemonldap-ng|lemonldapng",
        "GéoSource|geosource", "Joomla !|joomla", "Apache_Tomcat|apachetomcat", "PHP FPM|phpfpm",
        "'C++'|c", "'  '|''"})
    void foldsNames(String name, String folded) {
        assertEquals(folded, NameNormalizer.normalize(name));
    }

    @Test
    void foldsNullToNothing() {
        assertEquals("", NameNormalizer.normalize(null));
    }
}
