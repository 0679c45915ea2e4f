package fr.cctlint.cloudnative.check.image;

import fr.cctlint.cloudnative.check.CheckContext;
import fr.cctlint.cloudnative.check.CheckResult;
import fr.cctlint.cloudnative.check.RequirementCheck;
import fr.cctlint.cloudnative.check.Violation;

import fr.cctlint.collect.Roles;
import fr.cctlint.collect.compose.ComposeCollector;
import fr.cctlint.collect.docker.DockerfileCollector;
import fr.cctlint.collect.docker.DockerfileParser;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import fr.cctlint.policy.Rule;
import fr.cctlint.referential.ImageName;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * EX29 (CN029): the images the project runs are built on the long-term-support line of an active community,
 * typically not Alpine. Judged: the base of every Dockerfile's final stage (through {@code FROM build} stage
 * references and ARG defaults, as the Dockerfile collector resolves them) and every operated image (compose
 * services, Kubernetes containers, Helm values), not the project's own images (their Dockerfile is judged) nor
 * build and test images. Each image's line comes from {@code rules/cloud-native/image-os.yaml}: a failing line is
 * a violation at the FROM or {@code image:} line, a passing one is checked evidence, an image the data does not
 * know is not judged. A {@code FROM scratch} final stage holds no OS: it passes.
 */
public final class ImageOsCheck implements RequirementCheck {
    private static final Set<String> OPERATED_ROLES = Set.of(Roles.COMPOSE_SERVICE_IMAGE,
            Roles.KUBERNETES_CONTAINER_IMAGE, Roles.HELM_VALUES_IMAGE);
    private static final Set<Scope> NOT_OPERATED = Set.of(Scope.TEST, Scope.BUILD, Scope.EXCLUDED);

    private final ImageOsCatalog catalog;

    public ImageOsCheck() {
        this(ImageOsCatalogLoader.bundled());
    }

    public ImageOsCheck(ImageOsCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Rule rule() {
        return Rule.CN029;
    }

    @Override
    public CheckResult check(CheckContext context) {
        Results results = new Results(rule(), context.inventory());
        Set<String> judgedDockerfiles = new HashSet<>();
        for (Component c : context.inventory().components()) {
            if (c.type() != ComponentType.CONTAINER || c.primaryEvidence() == null) {
                continue;
            }
            String role = c.property(Roles.KEY);
            if (Roles.FINAL_STAGE_IMAGE.equals(role)) {
                String dockerfile = c.property(DockerfileParser.DOCKERFILE);
                judgedDockerfiles.add(dockerfile);
                judge(c, c.primaryEvidence(), dockerfile + ":final-stage-os", results);
            } else if (OPERATED_ROLES.contains(role) && !c.subject() && !NOT_OPERATED.contains(c.scope())) {
                Map<String, Evidence> byFile = new LinkedHashMap<>();
                List<Evidence> evidence = c.evidence().stream().filter(e -> !testComposeFile(e.file())).toList();
                String shortName = c.name().substring(c.name().lastIndexOf('/') + 1);
                // a service extending another is evidence at its own key (postgres:): judge where the image is written
                List<Evidence> naming = evidence.stream()
                        .filter(e -> e.text().contains(shortName) && !e.text().endsWith(":")).toList();
                (naming.isEmpty() ? evidence : naming).forEach(e -> byFile.putIfAbsent(e.file(), e));
                byFile.forEach((file, at) -> judge(c, at, file + ":image-os:" + c.name(), results));
            }
        }
        DockerfileCollector dockerfiles = new DockerfileCollector();
        for (String path : context.paths()) {
            if (dockerfiles.claims(path) && !judgedDockerfiles.contains(path)) {
                scratch(context, path, results);
            }
        }
        return results.result();
    }

    private void judge(Component component, Evidence evidence, String subject, Results results) {
        Optional<ImageName> image = ImageRefs.image(component);
        if (image.isEmpty()) {
            return; // an expression: nothing certain to judge
        }
        String tagExpression = ImageRefs.tagExpression(component);
        Optional<OsLine> line = tagExpression != null ? catalog.lineOfTagExpression(image.get(), tagExpression)
                : catalog.lineOf(image.get());
        if (line.isEmpty() || line.get().verdict() == OsLine.Verdict.UNKNOWN) {
            return;
        }
        if (line.get().verdict() == OsLine.Verdict.PASS) {
            results.passed(evidence);
            return;
        }
        String shown = component.name() + (component.version() == null ? "" : ":" + component.version());
        Message message = "undetermined".equals(line.get().reason())
                ? Message.of("cncontainer.os.undetermined", shown, line.get().instead())
                : Message.of("cncontainer.os.failed", shown, line.get().name(),
                        Message.of("cncontainer.os.reason." + line.get().reason()), line.get().instead());
        results.violation(new Violation(evidence, message, subject, component));
    }

    /**
     * A compose file named for tests ({@code docker-compose.test.yml}): the compose collector gives its services
     * scope TEST, but an image also run by a regular compose file is one component with both files as evidence.
     */
    private static boolean testComposeFile(String path) {
        return ComposeCollector.isTestComposeFile(path);
    }

    /** A Dockerfile without final image component: its final stage may be built on scratch, which holds no OS. */
    private static void scratch(CheckContext context, String path, Results results) {
        results.read(context.tree(), path).ifPresent(source -> {
            List<DockerfileStages.Stage> chain = DockerfileStages.read(source).finalChain();
            if (!chain.isEmpty() && chain.get(0).base().toLowerCase(Locale.ROOT).equals("scratch")) {
                results.passed(source.evidence(chain.get(0).fromLine()));
            }
        });
    }
}
