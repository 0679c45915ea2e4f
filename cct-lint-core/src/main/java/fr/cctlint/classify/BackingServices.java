package fr.cctlint.classify;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.referential.ImageName;
import fr.cctlint.referential.NameNormalizer;
import fr.cctlint.referential.PurlPattern;
import fr.cctlint.referential.SelectorIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The servers that client libraries imply (a JDBC driver needs a database server someone operates), and how the
 * same servers look when a project declares them explicitly (an image, a Helm chart, an SBOM service). Loaded
 * from {@code rules/knowledge/backing-services.yaml} by {@link BackingServicesLoader}; used by
 * {@link ServiceInference}.
 */
public final class BackingServices {

    /**
     * One kind of server.
     *
     * @param id          stable identifier, lower case ({@code postgresql}); the inferred component is {@code inferred:<id>}
     * @param name        the server's name shown in reports ({@code PostgreSQL server})
     * @param purl        the inferred component's Package URL, without version ({@code pkg:docker/library/postgres})
     * @param images      container image repositories that are this server ({@code postgres}, {@code bitnami/postgresql})
     * @param declared    other versionless purl patterns of an explicit declaration (Helm charts, OS packages)
     * @param names       names of an SBOM service or non-library component that is this server
     * @param satisfiedBy ids of other servers whose explicit declaration also serves these clients
     * @param clients     versionless purl patterns of the client libraries
     */
    public record Service(String id, String name, String purl, List<String> images, List<String> declared,
            List<String> names, List<String> satisfiedBy, List<String> clients) {
        private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

        /** @throws IllegalArgumentException when a field is missing or not what its documentation says */
        public Service {
            if (id == null || !ID.matcher(id).matches()) {
                throw new IllegalArgumentException("backing service id must be lower-case words joined by '-': " + id);
            }
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("backing service " + id + ": a name is required");
            }
            images = List.copyOf(images);
            declared = List.copyOf(declared);
            names = List.copyOf(names);
            satisfiedBy = List.copyOf(satisfiedBy);
            clients = List.copyOf(clients);
            if (clients.isEmpty()) {
                throw new IllegalArgumentException("backing service " + id + ": at least one client pattern is required");
            }
            requireVersionlessPurl(id, "purl", purl);
            PackageURL parsed = parsePurl(purl);
            if (parsed == null) {
                throw new IllegalArgumentException("backing service " + id + ": purl is not a valid Package URL: " + purl);
            }
            for (String pattern : declared) {
                requireVersionlessPurl(id, "declared", pattern);
            }
            for (String pattern : clients) {
                requireVersionlessPurl(id, "clients", pattern);
            }
            for (String image : images) {
                if (image == null || image.isBlank() || ImageName.selectorKey(image).isEmpty()) {
                    throw new IllegalArgumentException("backing service " + id + ": blank image");
                }
            }
            for (String n : names) {
                if (NameNormalizer.normalize(n).isEmpty()) {
                    throw new IllegalArgumentException("backing service " + id + ": name without letters: " + n);
                }
            }
        }

        /** The id of the component inferred for this server: {@code inferred:postgresql}. */
        public String componentId() {
            return ServiceInference.ID_PREFIX + id;
        }

        private static boolean hasVersion(String pattern) {
            String path = pattern.split("[?#]", 2)[0];
            return path.substring(path.lastIndexOf('/') + 1).contains("@");
        }

        private static void requireVersionlessPurl(String id, String field, String pattern) {
            if (pattern == null || PurlPattern.tryParse(pattern).isEmpty() || hasVersion(pattern)) {
                throw new IllegalArgumentException("backing service " + id + ": " + field
                        + " must be a versionless pkg:type/[namespace/]name pattern: " + pattern);
            }
        }
    }

    private static final Set<String> IMAGE_TYPES = Set.of("docker", "oci");
    private static final String GENERIC_TYPE = "generic";
    /** Types whose components are never the server itself, whatever their name. */
    private static final Set<ComponentType> NEVER_SERVERS = Set.of(ComponentType.LIBRARY, ComponentType.FRAMEWORK,
            ComponentType.FILE, ComponentType.DATA);

    private final List<Service> services;
    private final SelectorIndex<Service> clients;
    private final SelectorIndex<Service> declared;
    private final SelectorIndex<Service> images;
    private final SelectorIndex<Service> names;

    /**
     * @throws IllegalArgumentException when two services share an id, a client pattern appears twice (a library
     *                                  implies one server), or {@code satisfiedBy} names an unknown service or itself
     */
    public BackingServices(List<Service> services) {
        this.services = List.copyOf(services);
        Set<String> ids = new HashSet<>();
        for (Service service : this.services) {
            if (!ids.add(service.id())) {
                throw new IllegalArgumentException("backing services: duplicate id " + service.id());
            }
        }
        SelectorIndex.Builder<Service> clientIndex = SelectorIndex.builder();
        SelectorIndex.Builder<Service> declaredIndex = SelectorIndex.builder();
        SelectorIndex.Builder<Service> imageIndex = SelectorIndex.builder();
        SelectorIndex.Builder<Service> nameIndex = SelectorIndex.builder();
        Map<String, String> clientOwner = new HashMap<>();
        for (Service service : this.services) {
            for (String other : service.satisfiedBy()) {
                if (!ids.contains(other) || other.equals(service.id())) {
                    throw new IllegalArgumentException("backing service " + service.id()
                            + ": satisfiedBy names no other service: " + other);
                }
            }
            for (String pattern : service.clients()) {
                String key = key(pattern);
                String owner = clientOwner.putIfAbsent(key, service.id());
                if (owner != null) {
                    throw new IllegalArgumentException("backing services: client " + pattern + " is listed by "
                            + owner + " and " + service.id() + " (a library implies one server)");
                }
                clientIndex.add(key, pattern, service);
            }
            declaredIndex.add(key(service.purl()), service.purl(), service);
            for (String pattern : service.declared()) {
                declaredIndex.add(key(pattern), pattern, service);
            }
            for (String image : service.images()) {
                imageIndex.add(ImageName.selectorKey(image), image, service);
            }
            for (String n : service.names()) {
                nameIndex.add(NameNormalizer.normalize(n), n, service);
            }
        }
        this.clients = clientIndex.build();
        this.declared = declaredIndex.build();
        this.images = imageIndex.build();
        this.names = nameIndex.build();
    }

    public static BackingServices empty() {
        return new BackingServices(List.of());
    }

    /** Every kind of server, in the file's order. */
    public List<Service> services() {
        return services;
    }

    /** The server this component is a client library of, judged by its Package URL alone. */
    public Optional<Service> serverOf(Component component) {
        return PurlPattern.tryParse(component.purl())
                .flatMap(p -> clients.find(p.key()))
                .map(hit -> hit.family().get(0));
    }

    /** The client pattern that recognised this component ({@code pkg:pypi/psycopg*}), for explanations. */
    public Optional<String> clientPattern(Component component) {
        return PurlPattern.tryParse(component.purl())
                .flatMap(p -> clients.find(p.key()))
                .map(SelectorIndex.Hit::selector);
    }

    /**
     * The servers this component declares explicitly, in the file's order: an image whose repository is one of
     * theirs, a purl matching their {@code purl} or {@code declared} patterns, or (a non-library without an
     * ecosystem purl, such as an SBOM service) a name of theirs. Scope is not judged here.
     */
    public List<Service> declaredBy(Component component) {
        Set<Service> found = new LinkedHashSet<>();
        Optional<PurlPattern> purl = PurlPattern.tryParse(component.purl());
        purl.flatMap(p -> declared.find(p.key())).ifPresent(hit -> found.addAll(hit.family()));
        Optional<ImageName> image = purl.isPresent()
                ? (IMAGE_TYPES.contains(purl.get().type()) ? imageOfPurl(component.purl()) : Optional.empty())
                : component.type() == ComponentType.CONTAINER ? imageOfName(component) : Optional.empty();
        image.ifPresent(i -> {
            for (String key : i.lookupKeys()) {
                Optional<SelectorIndex.Hit<Service>> hit = images.find(key);
                if (hit.isPresent()) {
                    found.addAll(hit.get().family());
                    break;
                }
            }
        });
        boolean ecosystemPurl = purl.isPresent() && !GENERIC_TYPE.equals(purl.get().type());
        if (!ecosystemPurl && !NEVER_SERVERS.contains(component.type())) {
            String folded = NameNormalizer.normalize(component.name());
            if (!folded.isEmpty()) {
                names.find(folded).ifPresent(hit -> found.addAll(hit.family()));
            }
        }
        List<Service> ordered = new ArrayList<>();
        for (Service service : services) {
            if (found.contains(service)) {
                ordered.add(service);
            }
        }
        return List.copyOf(ordered);
    }

    private static String key(String pattern) {
        return PurlPattern.tryParse(pattern).orElseThrow().key();
    }

    /** The image a {@code pkg:docker} / {@code pkg:oci} purl names, its {@code repository_url} included. */
    private static Optional<ImageName> imageOfPurl(String text) {
        PackageURL purl = parsePurl(text);
        if (purl == null) {
            return Optional.empty();
        }
        String path = purl.getNamespace() == null || purl.getNamespace().isBlank()
                ? purl.getName() : purl.getNamespace() + "/" + purl.getName();
        String reference = path;
        Map<String, String> qualifiers = purl.getQualifiers() == null ? Map.of() : purl.getQualifiers();
        String repositoryUrl = qualifiers.get("repository_url");
        if (repositoryUrl != null && !repositoryUrl.isBlank()) {
            String base = repositoryUrl.strip().replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
            while (base.endsWith("/")) {
                base = base.substring(0, base.length() - 1);
            }
            String lowerBase = base.toLowerCase(Locale.ROOT);
            String lowerName = purl.getName().toLowerCase(Locale.ROOT);
            reference = lowerBase.equals(lowerName) || lowerBase.endsWith("/" + lowerName) ? base : base + "/" + path;
        }
        return ImageName.parse(reference);
    }

    /** The image a container component without purl names: its name, or group and name. */
    private static Optional<ImageName> imageOfName(Component component) {
        String name = component.name().strip();
        String group = component.group();
        String reference = group != null && !group.isBlank() && !name.contains("/") ? group.strip() + "/" + name : name;
        return ImageName.parse(reference);
    }

    private static PackageURL parsePurl(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new PackageURL(text.strip());
        } catch (MalformedPackageURLException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "BackingServices" + services.stream().map(Service::id).toList();
    }
}
