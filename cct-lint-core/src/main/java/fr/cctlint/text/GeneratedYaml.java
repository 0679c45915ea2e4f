package fr.cctlint.text;

import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The YAML of the data files cct-lint generates (referential, requirements): a header comment, then the tree
 * (maps in insertion order, lists, strings, booleans) in block style, multi-line texts as literal blocks,
 * UTF-8 characters as they are, LF line ends, no line folding. The same tree always gives the same text.
 */
public final class GeneratedYaml {
    private GeneratedYaml() {
    }

    /** The header lines as {@code #} comments (an empty line as a bare {@code #}), a blank line, then the tree. */
    public static String dump(Object tree, List<String> headerLines) {
        StringBuilder out = new StringBuilder();
        for (String line : headerLines) {
            out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
        }
        if (!headerLines.isEmpty()) {
            out.append('\n');
        }
        out.append(yaml().dump(tree));
        return out.toString();
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setWidth(120);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        return new Yaml(new TextRepresenter(options), options);
    }

    /** Multi-line strings as literal blocks ({@code |-}), the rest in the default style. */
    private static final class TextRepresenter extends Representer {
        TextRepresenter(DumperOptions options) {
            super(options);
            this.representers.put(String.class, new RepresentText());
        }

        private final class RepresentText implements Represent {
            @Override
            public Node representData(Object data) {
                String text = (String) data;
                DumperOptions.ScalarStyle style = text.indexOf('\n') >= 0
                        ? DumperOptions.ScalarStyle.LITERAL : DumperOptions.ScalarStyle.PLAIN;
                return representScalar(Tag.STR, text, style);
            }
        }
    }
}
