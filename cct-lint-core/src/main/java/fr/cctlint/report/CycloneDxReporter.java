package fr.cctlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cctlint.i18n.Messages;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.policy.Assessment;
import fr.cctlint.policy.Finding;
import fr.cctlint.policy.Suppression;
import fr.cctlint.referential.Product;
import fr.cctlint.referential.Provenance;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.cyclonedx.Version;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Annotation;
import org.cyclonedx.model.Annotator;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.BomReference;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.Service;
import org.cyclonedx.model.component.evidence.Occurrence;
import org.cyclonedx.model.metadata.ToolInformation;

/**
 * The judged inventory as a CycloneDX 1.6 JSON BOM (built with CycloneDX core-java's model and generator), so a
 * reviewer can archive exactly what was judged, and tools that read CycloneDX can import it.
 *
 * <ul>
 *   <li>Every assessed component of every input is a {@code components} entry with its purl, CPE, group, name,
 *       version, type and scope, and its evidence as 1.6 {@code evidence.occurrences} (location = the file,
 *       line when known, the declaring text as additional context).</li>
 *   <li>Components of type {@link ComponentType#SERVICE} (backing services inferred from a client library, or
 *       read from an SBOM's {@code services}) are {@code services} entries: that is what CycloneDX calls them,
 *       and cct-lint reads them back as services. A CycloneDX service has no purl, CPE nor evidence, so those
 *       are properties: {@code cct:purl}, {@code cct:cpe}, one {@code cct:evidence} ({@code file:line}) per
 *       occurrence.</li>
 *   <li>The judgement is in properties: {@code cct:input}, {@code cct:verdict} and {@code cct:deployment} (the
 *       constant names of the JSON report), {@code cct:reason} (rendered in the report language),
 *       {@code cct:ref} (the referential row; every row of the product when the version is not listed),
 *       {@code cct:status} (the row's letter), {@code cct:matchedBy}, one {@code cct:finding} per finding
 *       (the rule id) and one {@code cct:waived} per waived finding; {@code cct:scope} or {@code cct:type} only
 *       when CycloneDX's scope or type cannot say it ({@code test}, {@code build}, {@code provided},
 *       {@code other}); then the {@code cct:} facts collectors recorded ({@code cct:role}, ...).</li>
 *   <li>Each finding is also an {@code annotations} entry made by cct-lint on its component, with the full
 *       message; a finding on no component (a waiver, an unreadable file) and a read problem no finding reports
 *       are annotations on cct-lint's own entry in {@code metadata.tools}.</li>
 *   <li>{@code metadata}: timestamp = {@link ScanReport#finishedAt()}, the tool with its version, the
 *       described application when every input names the same one, and {@code cct:failOn},
 *       {@code cct:conform}, {@code cct:newProject}, one {@code cct:referential} per edition.</li>
 * </ul>
 *
 * <p>Deterministic: bom-refs come from component ids (made unique with {@code #2}, {@code #3}... when two inputs
 * share one) and the serial number is a name-based UUID of the BOM's content.
 */
public final class CycloneDxReporter implements Reporter {
    public static final String NAME = "cyclonedx";
    static final Version VERSION = Version.VERSION_16;
    /** The bom-ref of cct-lint's own entry in {@code metadata.tools}. */
    static final String TOOL_REF = "cct-lint";
    static final String PREFIX = "cct:";
    private static final Set<String> WRITTEN = Set.of("cct:input", "cct:verdict", "cct:deployment", "cct:reason",
            "cct:ref", "cct:status", "cct:matchedBy", "cct:finding", "cct:waived", "cct:scope", "cct:type",
            "cct:purl", "cct:cpe", "cct:evidence");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String fileName() {
        return "cct-lint.cdx.json";
    }

    @Override
    public void write(ScanReport report, Messages messages, OutputStream out) throws IOException {
        Bom bom = bom(report, new ReportTexts(messages, report.referential()));
        JsonNode unsigned = BomGeneratorFactory.createJson(VERSION, bom).toJsonNode();
        bom.setSerialNumber("urn:uuid:" + UUID.nameUUIDFromBytes(unsigned.toString().getBytes(StandardCharsets.UTF_8)));
        JsonOutput.write(BomGeneratorFactory.createJson(VERSION, bom).toJsonNode(), out);
    }

    private Bom bom(ScanReport report, ReportTexts texts) {
        Bom bom = new Bom();
        bom.setVersion(1);
        Set<String> refs = new HashSet<>();
        refs.add(TOOL_REF);
        Component tool = tool(report);
        bom.setMetadata(metadata(report, texts, tool, refs));
        List<Component> components = new ArrayList<>();
        List<Service> services = new ArrayList<>();
        List<Annotation> annotations = new ArrayList<>();
        for (InputReport input : report.inputs()) {
            for (Assessment assessment : input.assessments()) {
                String ref = unique(assessment.component().id(), refs);
                List<Property> properties = properties(input, assessment, texts);
                if (assessment.component().type() == ComponentType.SERVICE) {
                    services.add(service(assessment.component(), ref, properties));
                } else {
                    components.add(component(assessment.component(), ref, properties));
                }
                for (Finding f : ReportFacts.findingsOf(input, assessment)) {
                    annotations.add(annotation(f.rule().id(), f.severity(), f.location(), texts.render(f.message()),
                            ref, tool, report, texts));
                }
            }
            for (Finding f : input.findings()) {
                if (f.component() == null
                        || input.assessments().stream().noneMatch(a -> a.component().equals(f.component()))) {
                    annotations.add(annotation(f.rule().id(), f.severity(), f.location(), texts.render(f.message()),
                            TOOL_REF, tool, report, texts));
                }
            }
            for (fr.cctlint.model.Problem p : ReportFacts.unreportedProblems(input)) {
                annotations.add(annotation(fr.cctlint.policy.Rule.CCT009.id(), fr.cctlint.policy.Severity.ERROR,
                        p.evidence(), texts.render(p.message()), TOOL_REF, tool, report, texts));
            }
        }
        bom.setComponents(components);
        if (!services.isEmpty()) {
            bom.setServices(services);
        }
        if (!annotations.isEmpty()) {
            bom.setAnnotations(annotations);
        }
        return bom;
    }

    private static Component tool(ScanReport report) {
        Component tool = new Component();
        tool.setType(Component.Type.APPLICATION);
        tool.setBomRef(TOOL_REF);
        tool.setName(report.tool().name());
        tool.setVersion(ReportTexts.blankToNull(report.tool().version()));
        return tool;
    }

    private static Metadata metadata(ScanReport report, ReportTexts texts, Component tool, Set<String> refs) {
        Metadata metadata = new Metadata();
        metadata.setTimestamp(Date.from(report.finishedAt()));
        ToolInformation tools = new ToolInformation();
        tools.setComponents(List.of(tool));
        metadata.setToolChoice(tools);
        subject(report, refs).ifPresent(metadata::setComponent);
        List<Property> properties = new ArrayList<>();
        properties.add(new Property(PREFIX + "failOn", report.failOn().name()));
        properties.add(new Property(PREFIX + "conform", String.valueOf(!report.failed())));
        properties.add(new Property(PREFIX + "newProject", String.valueOf(report.newProject())));
        for (Provenance edition : report.referential().editions()) {
            properties.add(new Property(PREFIX + "referential", texts.edition(edition)));
        }
        metadata.setProperties(properties);
        return metadata;
    }

    /**
     * The application the inputs describe, when they all name the same one: the component flagged as the
     * subject when there is one, else an application named by the source's subject text.
     */
    private static java.util.Optional<Component> subject(ScanReport report, Set<String> refs) {
        Set<String> subjects = new LinkedHashSet<>();
        report.inputs().forEach(i -> subjects.add(Objects.toString(ReportTexts.blankToNull(i.source().subject()), "")));
        if (report.inputs().isEmpty() || subjects.size() != 1 || subjects.contains("")) {
            return java.util.Optional.empty();
        }
        fr.cctlint.model.Component flagged = report.inputs().stream()
                .flatMap(i -> i.assessments().stream()).map(Assessment::component)
                .filter(fr.cctlint.model.Component::subject).findFirst().orElse(null);
        Component subject = new Component();
        subject.setType(Component.Type.APPLICATION);
        if (flagged != null) {
            subject.setGroup(ReportTexts.blankToNull(flagged.group()));
            subject.setName(flagged.name());
            subject.setVersion(ReportTexts.blankToNull(flagged.version()));
            subject.setPurl(ReportTexts.blankToNull(flagged.purl()));
        } else {
            subject.setName(subjects.iterator().next());
        }
        subject.setBomRef(unique("subject", refs));
        return java.util.Optional.of(subject);
    }

    /** The id as a bom-ref not used yet in this BOM: {@code id}, else {@code id#2}, {@code id#3}... */
    private static String unique(String id, Set<String> refs) {
        String base = id.isBlank() ? "component" : id;
        String ref = base;
        for (int n = 2; !refs.add(ref); n++) {
            ref = base + "#" + n;
        }
        return ref;
    }

    private static Component component(fr.cctlint.model.Component c, String ref, List<Property> properties) {
        Component component = new Component();
        component.setType(type(c.type()));
        component.setBomRef(ref);
        component.setSupplier(supplier(c));
        component.setGroup(ReportTexts.blankToNull(c.group()));
        component.setName(c.name());
        component.setVersion(ReportTexts.blankToNull(c.version()));
        component.setDescription(ReportTexts.blankToNull(c.property("description")));
        component.setScope(scope(c.scope()));
        component.setCpe(ReportTexts.blankToNull(c.cpe()));
        component.setPurl(ReportTexts.blankToNull(c.purl()));
        component.setProperties(properties);
        if (!c.evidence().isEmpty()) {
            org.cyclonedx.model.Evidence evidence = new org.cyclonedx.model.Evidence();
            evidence.setOccurrences(c.evidence().stream().map(CycloneDxReporter::occurrence).toList());
            component.setEvidence(evidence);
        }
        return component;
    }

    private static Occurrence occurrence(Evidence e) {
        Occurrence occurrence = new Occurrence();
        occurrence.setLocation(e.file());
        if (e.hasLine()) {
            occurrence.setLine(e.line());
        }
        occurrence.setAdditionalContext(ReportTexts.blankToNull(e.text()));
        return occurrence;
    }

    private static Service service(fr.cctlint.model.Component c, String ref, List<Property> judgement) {
        Service service = new Service();
        service.setBomRef(ref);
        service.setProvider(supplier(c));
        service.setGroup(ReportTexts.blankToNull(c.group()));
        service.setName(c.name());
        service.setVersion(ReportTexts.blankToNull(c.version()));
        service.setDescription(ReportTexts.blankToNull(c.property("description")));
        List<Property> properties = new ArrayList<>();
        if (ReportTexts.blankToNull(c.purl()) != null) {
            properties.add(new Property(PREFIX + "purl", c.purl()));
        }
        if (ReportTexts.blankToNull(c.cpe()) != null) {
            properties.add(new Property(PREFIX + "cpe", c.cpe()));
        }
        c.evidence().forEach(e -> properties.add(new Property(PREFIX + "evidence", e.location())));
        properties.addAll(judgement);
        service.setProperties(properties);
        return service;
    }

    private static OrganizationalEntity supplier(fr.cctlint.model.Component c) {
        String name = ReportTexts.blankToNull(c.property("supplier"));
        if (name == null) {
            return null;
        }
        OrganizationalEntity supplier = new OrganizationalEntity();
        supplier.setName(name);
        return supplier;
    }

    /** The judgement of one component, in a fixed order, then the {@code cct:} facts its collector recorded. */
    private static List<Property> properties(InputReport input, Assessment a, ReportTexts texts) {
        List<Property> properties = new ArrayList<>();
        properties.add(new Property(PREFIX + "input", input.source().location()));
        properties.add(new Property(PREFIX + "verdict", a.verdict().name()));
        properties.add(new Property(PREFIX + "deployment", a.classification().deployment().name()));
        properties.add(new Property(PREFIX + "reason", texts.render(a.classification().reason())));
        if (a.match() != null) {
            if (a.match().entry() != null) {
                properties.add(new Property(PREFIX + "ref", a.match().entry().ref()));
                properties.add(new Property(PREFIX + "status", a.match().entry().status()));
            } else {
                a.match().family().stream().map(Product::ref).distinct()
                        .forEach(ref -> properties.add(new Property(PREFIX + "ref", ref)));
            }
            properties.add(new Property(PREFIX + "matchedBy", a.match().matchedBy()));
        }
        ReportFacts.findingsOf(input, a).forEach(f -> properties.add(new Property(PREFIX + "finding", f.rule().id())));
        for (Suppression s : ReportFacts.suppressionsOf(input, a)) {
            properties.add(new Property(PREFIX + "waived", s.finding().rule().id()));
        }
        fr.cctlint.model.Component c = a.component();
        switch (c.scope()) {
            case PROVIDED, TEST, BUILD -> properties.add(new Property(PREFIX + "scope", lower(c.scope().name())));
            default -> { }
        }
        if (c.type() == ComponentType.OTHER) {
            properties.add(new Property(PREFIX + "type", lower(c.type().name())));
        }
        for (Map.Entry<String, String> fact : new TreeMap<>(c.properties()).entrySet()) {
            if (fact.getKey().startsWith(PREFIX) && !WRITTEN.contains(fact.getKey())
                    && ReportTexts.blankToNull(fact.getValue()) != null) {
                properties.add(new Property(fact.getKey(), fact.getValue()));
            }
        }
        return properties;
    }

    /** A finding (or a read problem no finding reports) as cct-lint's annotation on its subject. */
    private static Annotation annotation(String rule, fr.cctlint.policy.Severity severity, Evidence location,
            String message, String subject, Component tool, ScanReport report, ReportTexts texts) {
        Annotation annotation = new Annotation();
        annotation.setSubjects(List.of(new BomReference(subject)));
        Annotator annotator = new Annotator();
        annotator.setComponent(tool);
        annotation.setAnnotator(annotator);
        annotation.setTimestamp(Date.from(report.finishedAt()));
        annotation.setText(rule + " (" + texts.severityLabel(severity) + ") " + location.location() + ": " + message);
        return annotation;
    }

    /** CycloneDX's type; {@code other} (and a service, written apart) has none: a library is the nearest. */
    private static Component.Type type(ComponentType type) {
        return switch (type) {
            case APPLICATION -> Component.Type.APPLICATION;
            case FRAMEWORK -> Component.Type.FRAMEWORK;
            case LIBRARY, OTHER, SERVICE -> Component.Type.LIBRARY;
            case CONTAINER -> Component.Type.CONTAINER;
            case PLATFORM -> Component.Type.PLATFORM;
            case OPERATING_SYSTEM -> Component.Type.OPERATING_SYSTEM;
            case DEVICE -> Component.Type.DEVICE;
            case DEVICE_DRIVER -> Component.Type.DEVICE_DRIVER;
            case FIRMWARE -> Component.Type.FIRMWARE;
            case FILE -> Component.Type.FILE;
            case MACHINE_LEARNING_MODEL -> Component.Type.MACHINE_LEARNING_MODEL;
            case DATA -> Component.Type.DATA;
            case CRYPTOGRAPHIC_ASSET -> Component.Type.CRYPTOGRAPHIC_ASSET;
        };
    }

    /** Test and build components are CycloneDX {@code excluded} (not part of what runs); provided is required. */
    private static Component.Scope scope(fr.cctlint.model.Scope scope) {
        return switch (scope) {
            case RUNTIME, PROVIDED -> Component.Scope.REQUIRED;
            case OPTIONAL -> Component.Scope.OPTIONAL;
            case EXCLUDED, TEST, BUILD -> Component.Scope.EXCLUDED;
        };
    }

    private static String lower(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
