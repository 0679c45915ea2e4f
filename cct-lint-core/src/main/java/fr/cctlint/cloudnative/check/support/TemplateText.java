package fr.cctlint.cloudnative.check.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Helm template made readable as YAML without rendering it: a line holding only Go template actions
 * ({@code {{- if .Values.x }}}, {@code {{- toYaml .Values.probes | nindent 12 }}}) becomes blank and is kept aside
 * as a directive; an action inside a line ({@code image: "{{ .Values.image }}"}) becomes the word
 * {@value #PLACEHOLDER}. Lines keep their numbers, so positions read from the result are the template's. Both
 * branches of a conditional stay, which may leave YAML that does not parse: callers then skip the file.
 */
public record TemplateText(String yaml, Map<Integer, String> directives) {
    public static final String PLACEHOLDER = "helm-value";
    private static final Pattern ACTION = Pattern.compile("\\{\\{.*?}}");

    public TemplateText {
        directives = Map.copyOf(directives);
    }

    /** Whether a text holds Go template actions. */
    public static boolean isTemplate(String text) {
        return text.contains("{{");
    }

    public static TemplateText of(String text) {
        String[] lines = text.split("\n", -1);
        Map<Integer, String> directives = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher m = ACTION.matcher(line);
            String rest = m.replaceAll("");
            if (line.contains("{{") && rest.isBlank()) {
                directives.put(i + 1, line.strip());
                line = "";
            } else if (line.contains("{{")) {
                line = m.replaceAll(PLACEHOLDER);
            }
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return new TemplateText(out.toString(), directives);
    }

    /** The directives between two 1-based lines, inclusive. */
    public Map<Integer, String> directivesBetween(int first, int last) {
        Map<Integer, String> found = new LinkedHashMap<>();
        directives.forEach((line, text) -> {
            if (line >= first && line <= last) {
                found.put(line, text);
            }
        });
        return found;
    }
}
