package fr.cctlint.report;

import fr.cctlint.classify.Classification;
import fr.cctlint.classify.Deployment;
import fr.cctlint.config.Waiver;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Evidence;
import fr.cctlint.model.Scope;
import fr.cctlint.model.SourceInfo;
import fr.cctlint.model.SourceKind;
import fr.cctlint.policy.Assessment;
import fr.cctlint.policy.Finding;
import fr.cctlint.policy.Rule;
import fr.cctlint.policy.Severity;
import fr.cctlint.policy.Suppression;
import fr.cctlint.policy.Verdict;
import fr.cctlint.referential.Match;
import fr.cctlint.referential.Provenance;
import fr.cctlint.referential.Referential;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Scans the HTML report tests need beyond the shared fixtures: a git revision with waived findings and a
 * component declared embedded (texts from the real policy and classify bundles), and a scan whose names, paths,
 * declaring text, waiver and referential edition are hostile markup.
 */
final class HtmlFixtures {
    static final String HOSTILE_NAME = "<script>alert(1)</script>\"'&";
    static final String HOSTILE_TEXT = "<artifactId><img src=x onerror=alert(1)></pre></code>\u0007</artifactId>";
    static final String HOSTILE_LOCATION = "bids/<b onclick=\"alert(4)\">evil</b>'&.json";
    static final String HOSTILE_EDITION = "</title><script>alert(2)</script>";
    static final String HOSTILE_REASON = "\"><svg onload=alert(3)>";

    private HtmlFixtures() {
    }

    static ScanReport gitWithWaiversAndDeclarations() {
        SourceInfo source = new SourceInfo(SourceKind.GIT, "https://git.example.org/bidder/app.git", null, null,
                Map.of(SourceInfo.COMMIT, "9f2c4e1b7a3d5f60812e4c9b0a7d3e5f1c2b4a69", SourceInfo.REF, "v1.0",
                        SourceInfo.REPOSITORY, "https://git.example.org/bidder/app.git"));
        Component core = component("tomcat-embed-core", "org.apache.tomcat.embed", "9.0.85",
                "pkg:maven/org.apache.tomcat.embed/tomcat-embed-core@9.0.85",
                new Evidence("pom.xml", 40, "<artifactId>tomcat-embed-core</artifactId>"));
        Component el = component("tomcat-embed-el", "org.apache.tomcat.embed", "9.0.85",
                "pkg:maven/org.apache.tomcat.embed/tomcat-embed-el@9.0.85",
                new Evidence("pom.xml", 45, "<artifactId>tomcat-embed-el</artifactId>"));
        Component sqlite = new Component("sqlite-server", "sqlite-server", null, "3.45", null, null,
                ComponentType.SERVICE, Scope.RUNTIME, false,
                List.of(new Evidence("docker-compose.yml", 9, "image: example/sqlite-server:3.45")), Map.of());
        Classification library = new Classification(Deployment.EMBEDDED, Message.of("classify.type.library"));
        Match tomcat = new Match(List.of(ReportFixtures.TOMCAT), ReportFixtures.TOMCAT, "purl pkg:maven/org.apache.tomcat*/*");
        List<Assessment> assessments = List.of(
                new Assessment(core, library, tomcat, Verdict.LISTED_WITH_STATUS),
                new Assessment(el, library, tomcat, Verdict.LISTED_WITH_STATUS),
                new Assessment(sqlite, new Classification(Deployment.EMBEDDED,
                        Message.of("classify.declared", ".cct-lint.yaml", "Team Data")), null, Verdict.DECLARED_EMBEDDED));
        Waiver planned = new Waiver("CCT002", "pkg:maven/org.apache.tomcat.embed/tomcat-embed-core",
                "Migration to Tomcat 10 planned for Q3", "Architecture committee (J. Martin)", LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 9, 30), new Evidence(".cct-lint.yaml", 14, "- rule: CCT002"));
        Waiver open = new Waiver("CCT002", "tomcat-embed-el", "Pulled in by tomcat-embed-core", "J. Martin", null, null,
                new Evidence(".cct-lint.yaml", 20, "- rule: CCT002"));
        List<Suppression> suppressed = List.of(
                new Suppression(statusM(core), planned),
                new Suppression(statusM(el), open));
        InputReport input = new InputReport(source, assessments, List.of(), suppressed, List.of(), 0);
        return ReportFixtures.scan(List.of(input), Severity.WARNING, true);
    }

    private static Finding statusM(Component c) {
        return new Finding(Rule.CCT002, Severity.ERROR, c, ReportFixtures.TOMCAT,
                Message.of("policy.CCT002.status", c.displayName(), "AT-1210", "Tomcat", "9", "M", "-"),
                c.primaryEvidence(), "fp-" + c.name());
    }

    static ScanReport hostile() {
        SourceInfo source = new SourceInfo(SourceKind.SBOM, HOSTILE_LOCATION, "CycloneDX 1.6 JSON", HOSTILE_NAME,
                Map.of("serialNumber", HOSTILE_NAME));
        Component evil = component(HOSTILE_NAME, null, "1.0", null, new Evidence(HOSTILE_LOCATION, 7, HOSTILE_TEXT));
        Assessment a = new Assessment(evil, new Classification(Deployment.OPERATED, Message.of("classify.type.platform")),
                null, Verdict.UNLISTED_OPERATED);
        Finding f = new Finding(Rule.CCT001, Severity.ERROR, evil, null,
                Message.of("policy.CCT001.operated", evil.displayName(), HOSTILE_NAME), evil.primaryEvidence(), "fp-evil");
        Finding waived = new Finding(Rule.CCT005, Severity.WARNING, evil, null,
                Message.of("policy.CCT001.operated", evil.displayName(), HOSTILE_NAME), evil.primaryEvidence(), "fp-evil-2");
        Waiver waiver = new Waiver("CCT005", HOSTILE_NAME, HOSTILE_REASON, HOSTILE_NAME, null, null,
                new Evidence(HOSTILE_LOCATION, 3, HOSTILE_TEXT));
        InputReport input = new InputReport(source, List.of(a), List.of(f), List.of(new Suppression(waived, waiver)),
                List.of(), 0);
        Referential base = ReportFixtures.referential();
        Provenance edition = new Provenance(HOSTILE_NAME, HOSTILE_EDITION, HOSTILE_LOCATION, HOSTILE_NAME, "2025-01-18",
                HOSTILE_NAME, HOSTILE_REASON);
        Referential referential = new Referential(List.of(edition), base.statuses(), base.products());
        return new ScanReport(ReportFixtures.TOOL, referential, List.of(input), Severity.ERROR, false,
                ReportFixtures.FINISHED);
    }

    private static Component component(String name, String group, String version, String purl, Evidence evidence) {
        return new Component(purl != null ? purl : name, name, group, version, purl, null, ComponentType.LIBRARY,
                Scope.RUNTIME, false, List.of(evidence), Map.of());
    }
}
