package fr.cctlint.collect.gradle;

import fr.cctlint.collect.Problems;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gradle dependency lockfiles: {@code gradle.lockfile} ({@code group:name:version=conf1,conf2}, one module a line,
 * {@code empty=...} listing configurations with nothing locked), {@code buildscript-gradle.lockfile} (the build
 * script classpath: BUILD), and the older per-configuration files {@code gradle/dependency-locks/<conf>.lockfile}
 * ({@code group:name:version} lines, the configuration is the file name).
 */
final class GradleLockfileParser {
    private static final Pattern LINE = Pattern.compile("^([^:=\\s]+):([^:=\\s]+):([^:=\\s]+)(?:=(.*))?$");

    /** A locked module and the configurations it is locked for. */
    record Locked(String group, String name, String version, List<String> configurations, int line, String text) {
        Locked {
            configurations = List.copyOf(configurations);
        }
    }

    /** Locked modules and problems of one lockfile. */
    record Result(List<Locked> modules, List<Problem> problems) {
        Result {
            modules = List.copyOf(modules);
            problems = List.copyOf(problems);
        }
    }

    Result parse(SourceText source) {
        String path = source.path();
        String file = path.substring(path.lastIndexOf('/') + 1);
        List<String> fileConfigurations = file.startsWith("buildscript-") ? List.of("classpath")
                : path.contains("dependency-locks/") ? List.of(file.substring(0, file.length() - ".lockfile".length()))
                : List.of();
        List<Locked> modules = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int line = 1; line <= source.lineCount(); line++) {
            String text = source.line(line).strip();
            if (text.isEmpty() || text.startsWith("#") || text.startsWith("empty=")) {
                continue;
            }
            Matcher m = LINE.matcher(text);
            if (!m.matches()) {
                problems.add(Problems.at(path, line, 0, Message.of("gradle.invalidLockLine", text)));
                continue;
            }
            List<String> confs = m.group(4) == null ? fileConfigurations
                    : fileConfigurations.isEmpty() ? Arrays.stream(m.group(4).split(",")).map(String::strip)
                            .filter(s -> !s.isEmpty()).toList() : fileConfigurations;
            modules.add(new Locked(m.group(1), m.group(2), m.group(3), confs, line, text));
        }
        return new Result(modules, problems);
    }
}
