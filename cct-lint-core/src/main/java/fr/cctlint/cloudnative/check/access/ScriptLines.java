package fr.cctlint.cloudnative.check.access;

import fr.cctlint.collect.SafeYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** The 1-based lines of a CI file that hold job script text, each with its job's name. */
final class ScriptLines {
    private final TreeMap<Integer, String> jobByLine = new TreeMap<>();

    /** Adds every line of every scalar under a script node (a string, a list, nested lists). */
    void add(Node script, String job) {
        add(script, job, 0);
    }

    private void add(Node node, String job, int depth) {
        if (depth > 10) {
            return;
        }
        if (node instanceof SequenceNode seq) {
            seq.getValue().forEach(item -> add(item, job, depth + 1));
        } else if (node instanceof ScalarNode scalar) {
            int first = SafeYaml.line(scalar);
            int last = first;
            if (scalar.getEndMark() != null) {
                last = scalar.getEndMark().getColumn() == 0 ? scalar.getEndMark().getLine()
                        : scalar.getEndMark().getLine() + 1;
            }
            for (int line = first; line <= Math.max(first, last); line++) {
                jobByLine.putIfAbsent(line, job);
            }
        }
    }

    /** Adds one line (a Jenkinsfile's). */
    void addLine(int line, String job) {
        jobByLine.putIfAbsent(line, job);
    }

    List<Integer> lines() {
        return new ArrayList<>(jobByLine.keySet());
    }

    String job(int line) {
        return jobByLine.getOrDefault(line, "");
    }

    boolean isEmpty() {
        return jobByLine.isEmpty();
    }
}
