package fr.cctlint.cloudnative.check.image;

import fr.cctlint.collect.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The stages of a Dockerfile as far as the Cloud Native checks need them beyond what the Dockerfile collector
 * records: where each stage's FROM is, what it is built on (an image, {@code scratch}, or an earlier stage), and
 * its USER and EXPOSE lines, so the final stage's FROM line can be quoted and a {@code FROM scratch} final stage
 * (no image, hence no component) still judged. Line continuations are joined; comments and heredoc bodies are
 * not instructions. Never throws: an unreadable line is skipped.
 */
public final class DockerfileStages {
    private final List<Stage> stages;

    private DockerfileStages(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /**
     * One stage.
     *
     * @param fromLine the line of its FROM
     * @param base     what it is built on as written ({@code eclipse-temurin:21-jre}, {@code scratch}, {@code build})
     * @param name     its {@code AS} name in lower case, or null
     * @param parent   the index of the earlier stage it is built on, or -1
     * @param users    the lines of its USER instructions
     * @param exposes  the lines of its EXPOSE instructions
     */
    public record Stage(int fromLine, String base, String name, int parent, List<Integer> users, List<Integer> exposes) {
        public Stage {
            users = List.copyOf(users);
            exposes = List.copyOf(exposes);
        }
    }

    public static DockerfileStages read(SourceText source) {
        List<Stage> stages = new ArrayList<>();
        Builder current = null;
        List<Builder> built = new ArrayList<>();
        int n = source.lineCount();
        String heredoc = null;
        for (int i = 1; i <= n; i++) {
            String first = source.line(i);
            if (heredoc != null) {
                if (first.strip().equals(heredoc)) {
                    heredoc = null;
                }
                continue;
            }
            String trimmed = first.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int start = i;
            StringBuilder text = new StringBuilder();
            String line = first;
            while (true) {
                String t = line.stripTrailing();
                if (t.endsWith("\\") && i < n) {
                    text.append(t, 0, t.length() - 1).append(' ');
                    do {
                        line = source.line(++i);
                    } while (i < n && line.strip().startsWith("#"));
                } else {
                    text.append(t);
                    break;
                }
            }
            String instruction = text.toString().strip();
            String[] words = instruction.split("\\s+");
            String keyword = words[0].toUpperCase(Locale.ROOT);
            int marker = instruction.indexOf("<<");
            if (marker >= 0 && !keyword.equals("FROM")) {
                String tag = instruction.substring(marker + 2).replaceFirst("^-", "").split("\\s+")[0]
                        .replace("\"", "").replace("'", "");
                heredoc = tag.matches("[A-Za-z_][A-Za-z0-9_]*") ? tag : null;
            }
            if (keyword.equals("FROM")) {
                int w = 1;
                while (w < words.length && words[w].startsWith("--")) {
                    w++;
                }
                String base = w < words.length ? words[w] : "";
                String name = w + 2 < words.length && words[w + 1].equalsIgnoreCase("AS")
                        ? words[w + 2].toLowerCase(Locale.ROOT) : null;
                int parent = -1;
                for (int s = 0; s < built.size(); s++) {
                    if (built.get(s).name != null && built.get(s).name.equals(base.toLowerCase(Locale.ROOT))) {
                        parent = s;
                    }
                }
                current = new Builder(start, base, name, parent);
                built.add(current);
            } else if (current != null && keyword.equals("USER")) {
                current.users.add(start);
            } else if (current != null && keyword.equals("EXPOSE")) {
                current.exposes.add(start);
            }
        }
        for (Builder b : built) {
            stages.add(new Stage(b.fromLine, b.base, b.name, b.parent, b.users, b.exposes));
        }
        return new DockerfileStages(stages);
    }

    public List<Stage> stages() {
        return stages;
    }

    /** The final stage and the stages it is built on, base first; empty without FROM. */
    public List<Stage> finalChain() {
        List<Stage> chain = new ArrayList<>();
        int index = stages.size() - 1;
        while (index >= 0 && chain.size() <= stages.size()) {
            Stage stage = stages.get(index);
            chain.add(0, stage);
            index = stage.parent() < index ? stage.parent() : -1;
        }
        return List.copyOf(chain);
    }

    private static final class Builder {
        final int fromLine;
        final String base;
        final String name;
        final int parent;
        final List<Integer> users = new ArrayList<>();
        final List<Integer> exposes = new ArrayList<>();

        Builder(int fromLine, String base, String name, int parent) {
            this.fromLine = fromLine;
            this.base = base;
            this.name = name;
            this.parent = parent;
        }
    }
}
