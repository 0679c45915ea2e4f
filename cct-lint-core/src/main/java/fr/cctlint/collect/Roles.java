package fr.cctlint.collect;

/**
 * How a manifest declares a component, recorded by collectors in the component property {@link #KEY}. The
 * classifier turns a role into its deployment decision and the reason shown to reviewers
 * ({@code classify.role.<role>} in the {@code classify} bundle). A collector that needs a new role adds it here
 * and its two messages.
 */
public final class Roles {
    /** The property key holding the role. */
    public static final String KEY = "cct:role";

    /** A library packed into the application (Maven compile/runtime scope, npm dependencies, pip requirements). */
    public static final String PACKED_LIBRARY = "packed-library";
    /** The base image of a Dockerfile's final stage: the OS and runtime the application runs on. */
    public static final String FINAL_STAGE_IMAGE = "final-stage-image";
    /** The base image of an earlier Dockerfile stage: used only to build. */
    public static final String BUILD_STAGE_IMAGE = "build-stage-image";
    /** An OS package installed in a Dockerfile's final stage (apt-get, apk, dnf...). */
    public static final String IMAGE_OS_PACKAGE = "image-os-package";
    /** The image of a compose service. */
    public static final String COMPOSE_SERVICE_IMAGE = "compose-service-image";
    /** The image of a Kubernetes container or init container. */
    public static final String KUBERNETES_CONTAINER_IMAGE = "kubernetes-container-image";
    /** A Helm chart dependency (e.g. bitnami/postgresql: an operated PostgreSQL). */
    public static final String HELM_DEPENDENCY = "helm-dependency";
    /** An image named in Helm values (repository/tag). */
    public static final String HELM_VALUES_IMAGE = "helm-values-image";
    /** An image or service used only by a CI job (build or test). */
    public static final String CI_IMAGE = "ci-image";
    /** A build tool plugin (Maven plugin, Gradle plugin). */
    public static final String BUILD_PLUGIN = "build-plugin";
    /**
     * A server inferred from the client libraries that need it (a PostgreSQL server from the JDBC driver), added by
     * {@code fr.cctlint.classify.ServiceInference}; unlisted, it is CCT008.
     */
    public static final String INFERRED_SERVICE = "inferred-service";

    private Roles() {
    }
}
