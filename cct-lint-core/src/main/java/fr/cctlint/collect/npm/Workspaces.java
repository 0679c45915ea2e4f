package fr.cctlint.collect.npm;

import java.util.List;
import java.util.regex.Pattern;

/** package.json {@code workspaces} globs ({@code packages/*}, {@code apps/**}, {@code !packages/old}). */
final class Workspaces {
    private Workspaces() {
    }

    /** Whether a folder (relative to the root package.json's) is one of its workspaces. */
    static boolean matches(List<String> globs, String folder) {
        boolean in = false;
        for (String glob : globs) {
            boolean negated = glob.startsWith("!");
            String g = normalise(negated ? glob.substring(1) : glob);
            if (regex(g).matcher(folder).matches()) {
                in = !negated;
            }
        }
        return in;
    }

    private static String normalise(String glob) {
        String g = glob.strip();
        while (g.startsWith("./")) {
            g = g.substring(2);
        }
        while (g.endsWith("/")) {
            g = g.substring(0, g.length() - 1);
        }
        return g;
    }

    private static Pattern regex(String glob) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                sb.append(".*");
                i++;
                if (i + 1 < glob.length() && glob.charAt(i + 1) == '/') {
                    sb.append("/?"); // "a/**/b" also matches "a/b"
                    i++;
                }
            } else if (c == '*') {
                sb.append("[^/]*");
            } else if (c == '?') {
                sb.append("[^/]");
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(sb.toString());
    }
}
