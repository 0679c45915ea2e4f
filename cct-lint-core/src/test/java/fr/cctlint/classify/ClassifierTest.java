package fr.cctlint.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassifierTest {
    private final Classifier classifier = new Classifier(KnowledgeBaseLoader.bundled());

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            library          | RUNTIME | pkg:maven/org.postgresql/postgresql@42.7.3            | EMBEDDED   | library packed into the application
            framework        | RUNTIME | pkg:npm/react@18.3.1                                  | EMBEDDED   | framework packed into the application
            library          | TEST    | pkg:maven/org.junit.jupiter/junit-jupiter-api@5.10.2  | BUILD_ONLY | used only by tests
            library          | BUILD   | pkg:maven/org.apache.maven.plugins/maven-jar-plugin@3 | BUILD_ONLY | used only to build the application
            library          | PROVIDED| pkg:maven/jakarta.servlet/jakarta.servlet-api@6.0.0   | BUILD_ONLY | provided by the runtime platform, which is judged on its own
            container        | RUNTIME | pkg:oci/postgres@16                                   | OPERATED   | container image run on its own
            operating-system | RUNTIME | -                                                     | OPERATED   | operating system to install and maintain
            service          | RUNTIME | -                                                     | OPERATED   | service the application depends on, run on its own
            application      | RUNTIME | -                                                     | OPERATED   | separate application, run on its own
            firmware         | RUNTIME | -                                                     | OPERATED   | firmware, operated on its own
            file             | RUNTIME | -                                                     | EMBEDDED   | part of the application (file)
            something-else   | RUNTIME | -                                                     | UNKNOWN    | the source does not say what kind of component this is
            library          | RUNTIME | pkg:maven/org.apache.tomcat/tomcat@9.0.85?type=zip    | OPERATED   | Apache Tomcat (standalone) runs on its own, even when delivered as a package (cct-lint knowledge base)
            library          | RUNTIME | pkg:maven/org.apache.tomcat.embed/tomcat-embed-core@9.0.85 | EMBEDDED | library packed into the application
            library          | RUNTIME | pkg:deb/debian/nginx@1.22.1-9                         | OPERATED   | nginx runs on its own, even when delivered as a package (cct-lint knowledge base)
            library          | RUNTIME | pkg:deb/debian/libssl3@3.0.11-1                       | EMBEDDED   | operating system package inside an image, judged with that image
            library          | RUNTIME | pkg:maven/org.elasticsearch/elasticsearch@8.13.0      | OPERATED   | Elasticsearch runs on its own, even when delivered as a package (cct-lint knowledge base)
            library          | RUNTIME | pkg:maven/co.elastic.clients/elasticsearch-java@8.13.0| EMBEDDED   | library packed into the application
            library          | RUNTIME | not a purl                                            | EMBEDDED   | library packed into the application
            """)
    void decidesWithAReason(String type, String scope, String purl, String deployment, String reason) {
        Component c = new Component("c1", "x", null, "1", purl, null, ComponentType.parse(type),
                Scope.valueOf(scope.strip()), false, List.of(new Evidence("bom.json", 3, "x")), Map.of());
        Classification result = classifier.classify(c);
        assertEquals(Deployment.valueOf(deployment), result.deployment());
        assertEquals(reason, Messages.english().render(result.reason()));
    }

    @ParameterizedTest(name = "role {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            packed-library             | EMBEDDED   | library packed into the application by its build
            final-stage-image          | OPERATED   | base image of the final Dockerfile stage: the OS and runtime the application runs on
            build-stage-image          | BUILD_ONLY | base image of an earlier Dockerfile stage, used only to build
            image-os-package           | EMBEDDED   | operating system package installed in the application image, judged with that image
            compose-service-image      | OPERATED   | image of a compose service, run on its own
            kubernetes-container-image | OPERATED   | image of a Kubernetes container, run on its own
            helm-dependency            | OPERATED   | Helm chart dependency, deployed and run on its own
            helm-values-image          | OPERATED   | image deployed by the Helm chart
            ci-image                   | BUILD_ONLY | image used only by a CI job to build or test
            build-plugin               | BUILD_ONLY | build tool plugin, used only to build
            """)
    void theManifestsRoleDecidesBeforeTheType(String role, String deployment, String reason) {
        Component c = new Component("c1", "x", null, "1", "pkg:generic/x@1", null, ComponentType.OTHER, Scope.RUNTIME,
                false, List.of(), Map.of(fr.cctlint.collect.Roles.KEY, role));
        Classification result = classifier.classify(c);
        assertEquals(Deployment.valueOf(deployment), result.deployment());
        assertEquals(reason, Messages.english().render(result.reason()));
    }

    @org.junit.jupiter.api.Test
    void theKnowledgeBaseWinsOverTheRole() {
        Component nginx = new Component("c1", "nginx", null, "1.22", "pkg:deb/debian/nginx@1.22.1-9", null,
                ComponentType.LIBRARY, Scope.RUNTIME, false, List.of(),
                Map.of(fr.cctlint.collect.Roles.KEY, fr.cctlint.collect.Roles.IMAGE_OS_PACKAGE));
        assertEquals(Deployment.OPERATED, classifier.classify(nginx).deployment());
    }

    @ParameterizedTest
    @CsvSource({"application", "library"})
    void theSbomSubjectIsTheApplicationUnderReview(String type) {
        Component c = new Component("app", "instruction-titres", null, "2.3.0", null, null, ComponentType.parse(type),
                fr.cctlint.model.Scope.RUNTIME, true, List.of(), Map.of());
        Classification result = classifier.classify(c);
        assertEquals(Deployment.EMBEDDED, result.deployment());
        assertEquals("l'application évaluée elle-même", Messages.french().render(result.reason()));
    }
}
