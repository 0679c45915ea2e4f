package fr.cctlint.collect.maven;

import static fr.cctlint.collect.maven.MavenTrees.byName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.classify.Classifier;
import fr.cctlint.classify.Deployment;
import fr.cctlint.classify.KnowledgeBaseLoader;
import fr.cctlint.collect.Collection;
import fr.cctlint.model.Component;
import fr.cctlint.referential.IndexedProductMatcher;
import fr.cctlint.referential.Match;
import fr.cctlint.referential.ReferentialLoader;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the rest of the pipeline makes of the Maven components: the deployment decision and the referential match. */
class MavenJudgementTest {
    private static final Collection APP = MavenTrees.collect(MavenTrees.jimfs(Map.of("pom.xml",
            MavenTrees.pom("org.acme", "app", "1.0", """
                      <packaging>war</packaging>
                      <dependencies>
                        <dependency><groupId>org.springframework</groupId><artifactId>spring-context</artifactId><version>6.1.5</version></dependency>
                        <dependency><groupId>org.apache.tomcat.embed</groupId><artifactId>tomcat-embed-core</artifactId><version>10.1.20</version><scope>provided</scope></dependency>
                        <dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId><version>2.2.224</version><scope>test</scope></dependency>
                      </dependencies>
                      <build><plugins><plugin><artifactId>maven-war-plugin</artifactId><version>3.4.0</version></plugin></plugins></build>
                    """))));
    private static final Classifier CLASSIFIER = new Classifier(KnowledgeBaseLoader.bundled());
    private static final IndexedProductMatcher MATCHER = new IndexedProductMatcher(ReferentialLoader.bundled());

    @ParameterizedTest(name = "{0}:{1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            org.acme                 | app               | EMBEDDED   | classify.subject
            org.springframework      | spring-context    | EMBEDDED   | classify.role.packed-library
            org.apache.tomcat.embed  | tomcat-embed-core | BUILD_ONLY | classify.scope.provided
            com.h2database           | h2                | BUILD_ONLY | classify.scope.test
            org.apache.maven.plugins | maven-war-plugin  | BUILD_ONLY | classify.scope.build
            """)
    void eachDeclarationGetsTheRightDeployment(String group, String name, Deployment deployment, String reason) {
        Component c = byName(APP, group, name).get(0);
        assertEquals(deployment, CLASSIFIER.classify(c).deployment());
        assertEquals(reason, CLASSIFIER.classify(c).reason().key());
    }

    @ParameterizedTest
    @CsvSource({"org.springframework, spring-context, Spring", "org.apache.tomcat.embed, tomcat-embed-core, Tomcat"})
    void mavenPurlsFindTheirProduct(String group, String name, String product) {
        Match match = MATCHER.match(byName(APP, group, name).get(0)).orElseThrow();
        assertTrue(match.family().stream().allMatch(p -> p.name().equals(product)), match.toString());
    }
}
