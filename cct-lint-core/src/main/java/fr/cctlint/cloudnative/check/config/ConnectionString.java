package fr.cctlint.cloudnative.check.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URL or connection string read for what CN047 judges: its scheme, the password it embeds (in the user info
 * or as a {@code password=} parameter) and its hosts. {@code jdbc:postgresql://app:pw@db:5432/app},
 * {@code mongodb://u:p@h1:27017,h2:27017/db}, {@code jdbc:sqlserver://h;user=u;password=p},
 * {@code jdbc:oracle:thin:@h:1521:SID}.
 *
 * @param schemes  the scheme's parts, lower case ({@code [jdbc, postgresql]})
 * @param password the embedded password, or null
 * @param hosts    host names or addresses, without ports
 */
record ConnectionString(List<String> schemes, String password, List<String> hosts) {
    private static final Pattern START = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*(?::[A-Za-z][A-Za-z0-9+.-]*)*):");
    private static final Pattern PARAM_PASSWORD = Pattern.compile("(?i)[?&;](?:password|passwd|pwd)=([^&;]*)");

    ConnectionString {
        schemes = List.copyOf(schemes);
        hosts = List.copyOf(hosts);
    }

    /** The connection string, or null when the value is not a URL. */
    static ConnectionString parse(String value) {
        String text = value.strip();
        Matcher start = START.matcher(text);
        if (!start.find() || text.contains(" ")) {
            return null;
        }
        List<String> schemes = List.of(start.group(1).toLowerCase(Locale.ROOT).split(":"));
        int slashes = text.indexOf("://");
        String authority;
        if (slashes >= 0) {
            String rest = text.substring(slashes + 3);
            int end = firstOf(rest, "/?#;");
            authority = rest.substring(0, end);
        } else if (schemes.get(0).equals("jdbc") && text.indexOf('@') > 0) { // jdbc:oracle:thin:[user/pw]@host:port:sid
            String rest = text.substring(text.indexOf('@') + 1);
            authority = rest.startsWith("//") ? rest.substring(2, 2 + firstOf(rest.substring(2), "/?#;"))
                    : rest.substring(0, firstOf(rest, "/?#;:"));
            String before = text.substring(start.end(), text.indexOf('@'));
            int slash = before.lastIndexOf('/');
            String password = slash >= 0 ? before.substring(slash + 1) : null;
            return new ConnectionString(schemes, blank(password), hosts(authority));
        } else {
            return null;
        }
        String password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String user = authority.substring(0, at);
            int colon = user.indexOf(':');
            password = colon >= 0 ? user.substring(colon + 1) : null;
            authority = authority.substring(at + 1);
        }
        Matcher param = PARAM_PASSWORD.matcher(text);
        if (password == null && param.find()) {
            password = param.group(1);
        }
        return new ConnectionString(schemes, blank(password), hosts(authority));
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static List<String> hosts(String authority) {
        List<String> hosts = new ArrayList<>();
        for (String part : authority.split(",")) {
            String p = part.strip();
            if (p.startsWith("[")) {
                int close = p.indexOf(']');
                hosts.add(close > 0 ? p.substring(0, close + 1) : p);
            } else {
                int colon = p.indexOf(':');
                hosts.add(colon >= 0 ? p.substring(0, colon) : p);
            }
        }
        return hosts.stream().filter(h -> !h.isEmpty()).toList();
    }

    private static int firstOf(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
