package fr.cctlint.classify;

import fr.cctlint.collect.ProjectImages;
import fr.cctlint.collect.Roles;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a component is embedded in the application or operated on its own, and records why.
 *
 * <p>Order of the decision: the application under review itself; build and test scopes; products the
 * knowledge base knows to be operated even when they arrive as a package; how the manifest declared it
 * (its {@link Roles role}: a compose service image, a Dockerfile's final stage...); then the component's type
 * (CycloneDX / SPDX vocabulary): libraries, frameworks and files are embedded; containers, operating
 * systems, platforms, devices, firmware and services are operated; other applications are operated.
 */
public final class Classifier {
    /** How the manifest declared it (set by collectors) decides before the component type. */
    private static final Map<String, Deployment> ROLES = Map.ofEntries(
            Map.entry(Roles.PACKED_LIBRARY, Deployment.EMBEDDED),
            Map.entry(Roles.IMAGE_OS_PACKAGE, Deployment.EMBEDDED),
            Map.entry(Roles.FINAL_STAGE_IMAGE, Deployment.OPERATED),
            Map.entry(Roles.COMPOSE_SERVICE_IMAGE, Deployment.OPERATED),
            Map.entry(Roles.KUBERNETES_CONTAINER_IMAGE, Deployment.OPERATED),
            Map.entry(Roles.HELM_DEPENDENCY, Deployment.OPERATED),
            Map.entry(Roles.HELM_VALUES_IMAGE, Deployment.OPERATED),
            Map.entry(Roles.INFERRED_SERVICE, Deployment.OPERATED),
            Map.entry(Roles.BUILD_STAGE_IMAGE, Deployment.BUILD_ONLY),
            Map.entry(Roles.CI_IMAGE, Deployment.BUILD_ONLY),
            Map.entry(Roles.BUILD_PLUGIN, Deployment.BUILD_ONLY));

    private final KnowledgeBase knowledge;

    public Classifier(KnowledgeBase knowledge) {
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
    }

    public Classification classify(Component component) {
        if (component.subject()) {
            String module = component.property(ProjectImages.KEY);
            return new Classification(Deployment.EMBEDDED, module == null ? Message.of("classify.subject")
                    : Message.of("classify.projectImage", module));
        }
        switch (component.scope()) {
            case TEST:
                return new Classification(Deployment.BUILD_ONLY, Message.of("classify.scope.test"));
            case BUILD:
                return new Classification(Deployment.BUILD_ONLY, Message.of("classify.scope.build"));
            case PROVIDED:
                return new Classification(Deployment.BUILD_ONLY, Message.of("classify.scope.provided"));
            default:
                break;
        }
        Optional<KnowledgeBase.Entry> operated = knowledge.operatedProduct(component);
        if (operated.isPresent()) {
            return new Classification(Deployment.OPERATED,
                    Message.of("classify.knownOperated", operated.get().product()));
        }
        String role = component.property(Roles.KEY);
        Deployment byRole = role == null ? null : ROLES.get(role);
        if (byRole != null) {
            return new Classification(byRole, Message.of("classify.role." + role));
        }
        if (knowledge.osPackage(component)) {
            return new Classification(Deployment.EMBEDDED, Message.of("classify.osPackage"));
        }
        return switch (component.type()) {
            case LIBRARY -> new Classification(Deployment.EMBEDDED, Message.of("classify.type.library"));
            case FRAMEWORK -> new Classification(Deployment.EMBEDDED, Message.of("classify.type.framework"));
            case FILE, DATA, MACHINE_LEARNING_MODEL, CRYPTOGRAPHIC_ASSET ->
                    new Classification(Deployment.EMBEDDED, Message.of("classify.type.file", component.type().cyclonedxName()));
            case CONTAINER -> new Classification(Deployment.OPERATED, Message.of("classify.type.container"));
            case OPERATING_SYSTEM -> new Classification(Deployment.OPERATED, Message.of("classify.type.os"));
            case PLATFORM -> new Classification(Deployment.OPERATED, Message.of("classify.type.platform"));
            case DEVICE, FIRMWARE, DEVICE_DRIVER ->
                    new Classification(Deployment.OPERATED, Message.of("classify.type.device", component.type().cyclonedxName()));
            case SERVICE -> new Classification(Deployment.OPERATED, Message.of("classify.type.service"));
            case APPLICATION -> new Classification(Deployment.OPERATED, Message.of("classify.type.application"));
            case OTHER -> new Classification(Deployment.UNKNOWN, Message.of("classify.type.unknown"));
        };
    }
}
