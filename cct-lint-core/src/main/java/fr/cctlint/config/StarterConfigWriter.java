package fr.cctlint.config;

import fr.cctlint.i18n.Message;
import fr.cctlint.i18n.Messages;
import fr.cctlint.policy.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes the commented starter {@value ProjectConfig#FILE_NAME} of {@code cct-lint init}: every key explained and
 * commented out, then, for each component of a current CCT001 or CCT008 finding, an {@code embedded:} stub with
 * every guarantee {@code false} and an empty owner and justification (an incomplete declaration: CCT006 until the
 * team fills it in), and a commented waiver alternative. The comments are in the language of the given
 * {@link Messages}. Strings are written as YAML double-quoted scalars, so any component name reads back as is.
 */
public final class StarterConfigWriter {

    /** Column where the trailing comments of a stub start. */
    private static final int COMMENT_COLUMN = 36;

    private final Messages messages;
    private final Yaml quoter;

    /** A writer with English comments. */
    public StarterConfigWriter() {
        this(Messages.english());
    }

    public StarterConfigWriter(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        DumperOptions options = new DumperOptions();
        options.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        this.quoter = new Yaml(options);
    }

    /**
     * The starter file.
     *
     * @param unlisted the findings to stub (several entries with the same selector make one stub)
     * @param today    the day written in the header and used for the waiver stub's dates
     */
    public String write(List<StarterEntry> unlisted, LocalDate today) {
        Map<String, List<StarterEntry>> bySelector = new LinkedHashMap<>();
        for (StarterEntry entry : unlisted) {
            bySelector.computeIfAbsent(entry.selector(), s -> new ArrayList<>()).add(entry);
        }
        StringBuilder out = new StringBuilder();
        comment(out, "", Message.of("config.starter.header", today.toString()));
        out.append('\n');
        section(out, "config.starter.newProject", "newProject: false");
        section(out, "config.starter.cloudNative", "cloudNative: false");
        section(out, "config.starter.referentials", "referentials:", "  - ministry-extra.yaml");
        section(out, "config.starter.exclude", "exclude:", "  - \"legacy/**\"");
        section(out, "config.starter.scopes", "scopes:", "  dev: false", "  test: false");
        section(out, "config.starter.severity", "severity:", "  CCT004: note");
        comment(out, "", Message.of("config.starter.embedded"));
        if (bySelector.isEmpty()) {
            comment(out, "", Message.of("config.starter.embeddedNone"));
            commented(out, "embedded:");
            for (String line : declaration("pkg:docker/minio/minio", true)) {
                commented(out, line);
            }
        } else {
            comment(out, "", Message.of("config.starter.embeddedStubs"));
            out.append("embedded:\n");
            for (Map.Entry<String, List<StarterEntry>> e : bySelector.entrySet()) {
                comment(out, "  ", found(e.getValue()));
                for (String line : declaration(e.getKey(), false)) {
                    out.append(line).append('\n');
                }
            }
        }
        out.append('\n');
        comment(out, "", Message.of("config.starter.waivers"));
        commented(out, "waivers:");
        if (bySelector.isEmpty()) {
            waiver(out, Rule.CCT002, "mysql", today);
        } else {
            for (Map.Entry<String, List<StarterEntry>> e : bySelector.entrySet()) {
                waiver(out, e.getValue().get(0).rule(), e.getKey(), today);
            }
        }
        return out.toString();
    }

    private void section(StringBuilder out, String key, String... lines) {
        comment(out, "", Message.of(key));
        for (String line : lines) {
            commented(out, line);
        }
        out.append('\n');
    }

    /** What was found for one selector: each finding's component, rule and place. */
    private Message found(List<StarterEntry> entries) {
        List<String> parts = new ArrayList<>();
        for (StarterEntry entry : entries) {
            String where = entry.evidence() == null ? "" : entry.evidence().location();
            String part = messages.render(Message.of(where.isEmpty() ? "config.starter.foundNowhere"
                    : "config.starter.found", entry.displayName(), entry.rule().id(),
                    Message.of("rules." + entry.rule().id() + ".name"), where));
            if (!parts.contains(part)) {
                parts.add(part);
            }
        }
        return Message.of("config.starter.foundList", String.join("; ", parts));
    }

    private List<String> declaration(String selector, boolean example) {
        String guarantee = example ? "true" : "false";
        List<String> lines = new ArrayList<>();
        lines.add("  - component: " + quote(selector));
        for (String key : ConfigYamlReader.GUARANTEES) {
            lines.add(withComment("    " + key + ": " + guarantee, Message.of("config.starter." + key)));
        }
        String owner = example ? messages.render(Message.of("config.starter.exampleOwner")) : "";
        String justification = example ? messages.render(Message.of("config.starter.exampleJustification")) : "";
        lines.add(withComment("    owner: " + quote(owner), Message.of("config.starter.owner")));
        lines.add(withComment("    justification: " + quote(justification),
                Message.of("config.starter.justification")));
        return lines;
    }

    private void waiver(StringBuilder out, Rule rule, String selector, LocalDate today) {
        commented(out, "  - rule: " + rule.id());
        commented(out, "    component: " + quote(selector));
        commented(out, "    reason: " + quote(messages.render(Message.of("config.starter.todoReason"))));
        commented(out, "    approvedBy: " + quote(messages.render(Message.of("config.starter.todoApprovedBy"))));
        commented(out, "    approved: " + today);
        commented(out, "    expires: " + today.plusYears(1));
    }

    private String withComment(String line, Message comment) {
        StringBuilder padded = new StringBuilder(line);
        do {
            padded.append(' ');
        } while (padded.length() < COMMENT_COLUMN);
        return padded.append("# ").append(oneLine(messages.render(comment))).toString();
    }

    private void comment(StringBuilder out, String indent, Message message) {
        for (String line : messages.render(message).split("\n", -1)) {
            String text = oneLine(line);
            out.append(indent).append('#').append(text.isEmpty() ? "" : " " + text).append('\n');
        }
    }

    private static void commented(StringBuilder out, String line) {
        out.append("# ").append(line).append('\n');
    }

    /** A YAML double-quoted scalar: every character, {@code :} and {@code #} included, reads back as is. */
    private String quote(String value) {
        return quoter.dump(value).strip();
    }

    /** Text safe inside a comment: no line breaks nor other control characters. */
    private static String oneLine(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c)
                || c == 0x2028 || c == 0x2029 || c == 0x85 ? ' ' : c));
        return sb.toString().strip();
    }
}
