package fr.cctlint.cloudnative.check.config;

import fr.cctlint.collect.Problems;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A {@code .properties} file read with the line of each key: logical lines ({@code \} continuations joined) are
 * found here, and each one is decoded by {@link Properties} itself (separators {@code =}, {@code :} or blanks,
 * escapes, {@code \}{@code uXXXX}). A malformed escape is a problem at its line; the other keys are still read.
 */
final class PropertiesReader {
    /** A key, its decoded value and the line it starts on. */
    record Setting(String key, String value, int line) {
    }

    /** The settings and the problems of one file. */
    record Result(List<Setting> settings, List<Problem> problems) {
        Result {
            settings = List.copyOf(settings);
            problems = List.copyOf(problems);
        }
    }

    private PropertiesReader() {
    }

    static Result read(SourceText source) {
        List<Setting> settings = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int count = source.lineCount();
        int n = 1;
        while (n <= count) {
            String first = source.line(n).stripLeading();
            int start = n;
            n++;
            if (first.isEmpty() || first.startsWith("#") || first.startsWith("!")) {
                continue;
            }
            StringBuilder logical = new StringBuilder(first);
            while (continues(logical) && n <= count) {
                logical.setLength(logical.length() - 1);
                logical.append(source.line(n).stripLeading());
                n++;
            }
            Properties one = new Properties();
            try {
                one.load(new StringReader(logical.toString()));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(Problems.at(source.path(), start, 0, Message.of("cnconfig.invalidProperties")));
                continue;
            }
            for (String key : one.stringPropertyNames()) {
                settings.add(new Setting(key, one.getProperty(key), start));
            }
        }
        return new Result(settings, problems);
    }

    /** Whether a line ends with an odd number of backslashes (the next line continues it). */
    private static boolean continues(CharSequence line) {
        int slashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            slashes++;
        }
        return slashes % 2 == 1;
    }
}
