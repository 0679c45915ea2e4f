package fr.cctlint.cloudnative.check.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.cloudnative.check.CheckFixtures;
import fr.cctlint.cloudnative.check.CheckResult;
import fr.cctlint.cloudnative.check.Violation;
import fr.cctlint.model.Evidence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductionAccessCheckTest {
    @TempDir
    Path root;

    private final ProductionAccessCheck check = new ProductionAccessCheck();

    private static List<String> quoted(CheckResult result) {
        return result.violations().stream().map(v -> v.location().line() + ": " + v.location().text()).toList();
    }

    @Test
    void gitlabKubectlApplyIsReportedKubectlGetPasses() {
        String ci = """
                stages: [test, deploy]
                .kube: &kube
                  image: bitnami/kubectl:1.30
                  before_script:
                    - kubectl config use-context prod --token=eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjaSJ9.c2lnbmF0dXJl
                check:
                  <<: *kube
                  script:
                    - kubectl get pods -n app
                    - kubectl apply --dry-run=client -f k8s/
                deploy:
                  <<: *kube
                  stage: deploy
                  script:
                    - |
                      echo "deploying"
                      kubectl -n app apply -f k8s/
                      kubectl rollout status deployment/web -n app
                """;
        CheckResult result = CheckFixtures.run(check, root, Map.of(".gitlab-ci.yml", ci));

        assertEquals(List.of("17: kubectl -n app apply -f k8s/"), quoted(result));
        Violation v = result.violations().get(0);
        assertEquals("cnops.access.clusterChange", v.message().key());
        assertEquals(List.of("kubectl apply"), v.message().args());
        assertTrue(v.subject().startsWith("cluster-command:.gitlab-ci.yml:deploy:"), v.subject());
        List<Integer> okLines = result.checked().stream().map(Evidence::line).toList();
        assertTrue(okLines.containsAll(List.of(5, 9, 10, 18)), okLines.toString());
        assertTrue(result.checked().stream().noneMatch(e -> e.text().contains("eyJ")), "token masked");
    }

    @Test
    void localIncludesAreReadAndTokensMaskedInTheQuote() {
        String ci = """
                include:
                  - local: /ci/deploy.yml
                  - project: other/group
                    file: /templates/x.yml
                  - remote: https://example.org/ci.yml
                build:
                  script: [make]
                """;
        String deploy = """
                deploy-prod:
                  script:
                    - helm upgrade --install web ./chart --kube-token=s3cr3tValue -n prod
                    - helm template ./chart | kubeconform
                """;
        CheckResult result = CheckFixtures.run(check, root, Map.of(".gitlab-ci.yml", ci, "ci/deploy.yml", deploy));

        assertEquals(List.of("3: - helm upgrade --install web ./chart --kube-token=**** -n prod"), quoted(result));
        assertEquals("ci/deploy.yml", result.violations().get(0).location().file());
        assertEquals(List.of("helm upgrade"), result.violations().get(0).message().args());
        assertTrue(result.checked().stream().anyMatch(e -> e.file().equals(".gitlab-ci.yml")), "the root file passes");
    }

    @Test
    void githubWorkflowWithHelmUpgradeIsReported() {
        String workflow = """
                name: deploy
                on: {push: {branches: [main]}}
                jobs:
                  deploy:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - name: Deploy
                        run: |
                          helm repo add bitnami https://charts.bitnami.com/bitnami
                          helm upgrade web ./chart --namespace prod --set image.tag=${{ github.sha }}
                      - name: Dry run
                        run: helm upgrade web ./chart --dry-run
                """;
        CheckResult result = CheckFixtures.run(check, root, Map.of(".github/workflows/deploy.yml", workflow));

        assertEquals(List.of("11: helm upgrade web ./chart --namespace prod --set image.tag=${{ github.sha }}"),
                quoted(result));
    }

    @Test
    void gitOpsJobsPass() {
        String workflow = """
                jobs:
                  sync:
                    runs-on: ubuntu-latest
                    steps:
                      - run: argocd app sync web --grpc-web
                      - run: flux reconcile kustomization apps
                """;
        CheckResult result = CheckFixtures.run(check, root, Map.of(".github/workflows/sync.yaml", workflow));

        assertEquals(CheckResult.Outcome.PASSED, result.outcome());
        assertEquals(List.of(5, 6), result.checked().stream().map(Evidence::line).distinct().sorted().toList());
    }

    @Test
    void jenkinsfileShStepsAreRead() {
        String jenkinsfile = """
                pipeline {
                  agent any
                  stages {
                    stage('Deploy') {
                      steps {
                        // kubectl delete is what we used to do
                        sh 'kubectl get ns'
                        sh "oc rollout latest dc/web -n prod"
                        sh '''
                          kubectl --kubeconfig $KUBECONFIG scale deployment/web --replicas=3
                        '''
                      }
                    }
                  }
                }
                """;
        CheckResult result = CheckFixtures.run(check, root, Map.of("Jenkinsfile", jenkinsfile));

        assertEquals(List.of("8: sh \"oc rollout latest dc/web -n prod\"",
                "10: kubectl --kubeconfig $KUBECONFIG scale deployment/web --replicas=3"), quoted(result));
        assertEquals(List.of("oc rollout"), result.violations().get(0).message().args());
    }

    @Test
    void noClusterCommandAtAllPassesOnTheFilesScripts() {
        CheckResult result = CheckFixtures.run(check, root, Map.of(".gitlab-ci.yml", "test:\n  script:\n    - mvn verify\n"));

        assertEquals(List.of(new Evidence(".gitlab-ci.yml", 3, "- mvn verify")), result.checked());
    }

    @Test
    void binaryJunkAndMalformedYamlAreProblemsOrNothingAndOtherFilesAreStillChecked() throws IOException {
        Files.createDirectories(root.resolve("sub"));
        Files.write(root.resolve(".gitlab-ci.yml"), new byte[] {0x00, 0x01, (byte) 0xff, 'k', 'u', 'b', 0x00});
        CheckResult result = CheckFixtures.run(check, root, Map.of(
                "sub/.gitlab-ci.yml", "deploy:\n  script: [kubectl apply -f x\n",
                ".github/workflows/ci.yml", "jobs:\n  d:\n    steps:\n      - run: kubectl delete pod web-0\n"));

        assertEquals(List.of("4: - run: kubectl delete pod web-0"), quoted(result));
        // the collectors already report both broken files: not repeated here
        assertFalse(result.problems().stream().anyMatch(p -> p.file().equals(".gitlab-ci.yml")));
    }

    @Test
    void anIncludedFileThatDoesNotParseIsAProblem() {
        CheckResult result = CheckFixtures.run(check, root, Map.of(
                ".gitlab-ci.yml", "include: ci/*.yml\nbuild:\n  script: [make]\n",
                "ci/broken.yml", "deploy: {script: [kubectl apply\n"));

        assertEquals(List.of("ci/broken.yml"), result.problems().stream().map(p -> p.file()).toList());
        assertEquals(List.of(), result.violations());
    }
}
