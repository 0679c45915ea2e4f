package fr.cctlint.report;

/** The tool that wrote a report. */
public record ToolInfo(String name, String version, String informationUri) {
}
