package fr.cctlint.collect.npm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.classify.Classifier;
import fr.cctlint.classify.Deployment;
import fr.cctlint.classify.KnowledgeBaseLoader;
import fr.cctlint.collect.Collection;
import fr.cctlint.collect.php.ComposerCollector;
import fr.cctlint.model.Component;
import fr.cctlint.referential.IndexedProductMatcher;
import fr.cctlint.referential.ReferentialLoader;
import fr.cctlint.source.PathSourceTree;
import fr.cctlint.source.SourceTree;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the classifier and the bundled referential make of what the npm and Composer collectors report. */
class NpmJudgementTest {
    private static final IndexedProductMatcher MATCHER = new IndexedProductMatcher(ReferentialLoader.bundled());
    private static final Classifier CLASSIFIER = new Classifier(KnowledgeBaseLoader.bundled());

    @ParameterizedTest(name = "{0} {1} -> {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            npm/lock-v3        | pkg:generic/node                          | OPERATED   | AT-1453
            npm/lock-v3        | pkg:npm/react@18.3.1                      | EMBEDDED   | AT-1537
            npm/lock-v3        | pkg:npm/typescript@5.4.5                  | BUILD_ONLY | -
            npm/yarn-classic   | pkg:npm/vue@3.4.21                        | EMBEDDED   | AT-1550
            php/symfony-app    | pkg:generic/php                           | OPERATED   | DV-1543
            php/symfony-app    | pkg:composer/symfony/console@6.4.6        | EMBEDDED   | DV-1542
            php/symfony-app    | pkg:composer/phpunit/phpunit@10.5.17      | BUILD_ONLY | DV-1467
            """)
    void collectedComponentsAreJudged(String fixture, String purl, Deployment deployment, String ref) throws Exception {
        Path root = NpmTrees.fixture("../" + fixture);
        Collection c;
        try (SourceTree tree = PathSourceTree.open(root, root.toString())) {
            var collector = fixture.startsWith("npm/") ? new NpmCollector() : new ComposerCollector();
            c = collector.collect(tree, tree.files().stream().filter(collector::claims).toList());
        }
        Component x = NpmTrees.byPurl(c, purl);
        assertEquals(deployment, CLASSIFIER.classify(x).deployment());
        Optional<String> matched = MATCHER.match(x).map(m -> m.family().get(0).ref());
        if (ref == null) {
            assertTrue(matched.isEmpty(), () -> purl + " matched " + matched);
        } else {
            assertEquals(Optional.of(ref), matched);
        }
    }
}
