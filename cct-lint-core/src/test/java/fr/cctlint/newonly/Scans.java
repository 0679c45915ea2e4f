package fr.cctlint.newonly;

import fr.cctlint.classify.Classifier;
import fr.cctlint.classify.KnowledgeBase;
import fr.cctlint.i18n.Message;
import fr.cctlint.i18n.Messages;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Inventory;
import fr.cctlint.model.Problem;
import fr.cctlint.model.Scope;
import fr.cctlint.model.SourceInfo;
import fr.cctlint.model.SourceKind;
import fr.cctlint.policy.PolicyEngine;
import fr.cctlint.policy.PolicyOptions;
import fr.cctlint.policy.Severity;
import fr.cctlint.referential.Provenance;
import fr.cctlint.referential.Referential;
import fr.cctlint.referential.StatusDefinition;
import fr.cctlint.report.InputReport;
import fr.cctlint.report.SarifReporter;
import fr.cctlint.report.ScanReport;
import fr.cctlint.report.ToolInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scans built in test code and judged by the real policy engine, so findings carry the fingerprints cct-lint
 * really computes; and SARIF reports written from them by the real SARIF reporter.
 */
final class Scans {
    static final ToolInfo TOOL = new ToolInfo("cct-lint", "0.1.0", null);

    private Scans() {
    }

    static Referential referential() {
        Provenance edition = new Provenance("cct-mi", "CCT product referential", "https://github.com/dnum-mi/cct-mi",
                "5bb42d1f", "2025-01-18", "Licence Ouverte 2.0", "Ministère de l'Intérieur");
        return new Referential(List.of(edition), Map.of(
                "R", new StatusDefinition("R", "recommended", "recommandé", null, null, null),
                "M", new StatusDefinition("M", "maintained", "maintenu", "CCT002", Severity.WARNING, Severity.ERROR)),
                List.of());
    }

    /** An operated container image declared at a line of a file: unlisted, so a CCT001 finding. */
    static Component image(String name, String version, String file, int line) {
        String purl = "pkg:docker/library/" + name + "@" + version;
        return new Component(purl, name, null, version, purl, null, ComponentType.CONTAINER, Scope.RUNTIME, false,
                List.of(new Evidence(file, line, "image: " + name + ":" + version)), Map.of());
    }

    static Component image(String name, String version, List<Evidence> evidence) {
        String purl = "pkg:docker/library/" + name + "@" + version;
        return new Component(purl, name, null, version, purl, null, ComponentType.CONTAINER, Scope.RUNTIME, false,
                evidence, Map.of());
    }

    static Problem unreadable(String file, int line) {
        return new Problem(file, line, 1, Message.of("collect.invalidJson", "unexpected end of input"), false);
    }

    static InputReport judge(String location, List<Component> components, List<Problem> problems) {
        SourceInfo source = new SourceInfo(SourceKind.FOLDER, location, null, null, Map.of());
        PolicyEngine engine = new PolicyEngine(new Classifier(KnowledgeBase.empty()), c -> Optional.empty(),
                referential(), PolicyOptions.DEFAULT);
        return engine.judge(new Inventory(source, components, problems, 0));
    }

    static ScanReport report(InputReport... inputs) {
        return new ScanReport(TOOL, referential(), List.of(inputs), Severity.ERROR, false,
                Instant.parse("2026-03-02T09:15:30Z"));
    }

    static Path sarif(Path file, ScanReport report) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new SarifReporter().write(report, Messages.english(), out);
        }
        return file;
    }
}
