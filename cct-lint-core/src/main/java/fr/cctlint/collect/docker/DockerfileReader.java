package fr.cctlint.collect.docker;

import fr.cctlint.collect.Problems;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Dockerfile into instructions: parser directives ({@code # escape=`}), comments, line continuations
 * (with comment and blank lines inside them dropped, as Docker does) and heredoc bodies, which are kept apart
 * so their lines are never read as instructions. Keywords are case-insensitive; unknown ones give a problem at
 * their line and the rest of the file is still read.
 */
final class DockerfileReader {
    static final Set<String> KEYWORDS = Set.of("FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD",
            "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL");
    private static final Set<String> HEREDOC_KEYWORDS = Set.of("RUN", "COPY", "ADD");
    private static final Pattern DIRECTIVE = Pattern.compile("^#\\s*([A-Za-z][A-Za-z0-9_-]*)\\s*=\\s*(.*?)\\s*$");
    private static final Pattern HEREDOC = Pattern.compile("(?<!<)<<(?!<)(-?)([\"']?)([A-Za-z_][A-Za-z0-9_]*)\\2");
    private static final Pattern KEYWORD = Pattern.compile("^\\s*([A-Za-z]+)(\\s+|$)");

    /** The instructions of a file, its escape character and the problems met. */
    record Result(List<Instruction> instructions, char escape, List<Problem> problems) {
        Result {
            instructions = List.copyOf(instructions);
            problems = List.copyOf(problems);
        }
    }

    private DockerfileReader() {
    }

    static Result read(SourceText source) {
        List<Problem> problems = new ArrayList<>();
        int count = source.lineCount();
        char escape = '\\';
        int lineNo = 1;
        // parser directives: only at the very top, before any comment, blank line or instruction
        for (; lineNo <= count; lineNo++) {
            Matcher m = DIRECTIVE.matcher(source.line(lineNo).strip());
            if (!m.matches()) {
                break;
            }
            if ("escape".equalsIgnoreCase(m.group(1))) {
                String value = m.group(2);
                if (value.equals("\\") || value.equals("`")) {
                    escape = value.charAt(0);
                } else {
                    problems.add(Problems.at(source.path(), lineNo, 0, Message.of("docker.invalidEscape", value)));
                }
            }
        }
        List<Instruction> instructions = new ArrayList<>();
        while (lineNo <= count) {
            String raw = source.line(lineNo);
            String trimmed = raw.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                lineNo++;
                continue;
            }
            int start = lineNo;
            StringBuilder text = new StringBuilder();
            List<Instruction.LineStart> starts = new ArrayList<>();
            String piece = stripLeading(raw);
            while (true) {
                starts.add(new Instruction.LineStart(text.length(), lineNo));
                String right = stripTrailing(piece);
                boolean continues = !right.isEmpty() && right.charAt(right.length() - 1) == escape;
                lineNo++;
                if (!continues) {
                    text.append(piece);
                    break;
                }
                text.append(right, 0, right.length() - 1);
                // comment and blank lines inside a continuation are dropped
                while (lineNo <= count && (source.line(lineNo).isBlank() || source.line(lineNo).strip().startsWith("#"))) {
                    lineNo++;
                }
                if (lineNo > count) {
                    break;
                }
                piece = source.line(lineNo);
            }
            Matcher k = KEYWORD.matcher(text);
            if (!k.find()) {
                problems.add(Problems.at(source.path(), start, 0, Message.of("docker.unknownInstruction", firstWord(trimmed))));
                continue;
            }
            String keyword = k.group(1).toUpperCase(Locale.ROOT);
            if (!KEYWORDS.contains(keyword)) {
                problems.add(Problems.at(source.path(), start, 0, Message.of("docker.unknownInstruction", k.group(1))));
                continue;
            }
            List<Instruction.Heredoc> heredocs = new ArrayList<>();
            if (HEREDOC_KEYWORDS.contains(keyword)) {
                Matcher h = HEREDOC.matcher(text.substring(k.end()));
                while (h.find()) {
                    boolean stripTabs = !h.group(1).isEmpty();
                    String delimiter = h.group(3);
                    int bodyStart = lineNo;
                    List<String> body = new ArrayList<>();
                    boolean closed = false;
                    while (lineNo <= count) {
                        String bodyLine = source.line(lineNo++);
                        String compared = stripTabs ? bodyLine.replaceFirst("^\t+", "") : bodyLine;
                        if (compared.equals(delimiter)) {
                            closed = true;
                            break;
                        }
                        body.add(compared);
                    }
                    if (!closed) {
                        problems.add(Problems.at(source.path(), start, 0, Message.of("docker.unclosedHeredoc", delimiter)));
                    }
                    heredocs.add(new Instruction.Heredoc(delimiter, String.join("\n", body), bodyStart));
                }
            }
            instructions.add(new Instruction(keyword, text.toString(), k.end(), start, trimmed, starts, heredocs));
        }
        return new Result(instructions, escape, problems);
    }

    private static String firstWord(String line) {
        int space = 0;
        while (space < line.length() && !Character.isWhitespace(line.charAt(space))) {
            space++;
        }
        return line.substring(0, space);
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return s.substring(i);
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return s.substring(0, end);
    }
}
