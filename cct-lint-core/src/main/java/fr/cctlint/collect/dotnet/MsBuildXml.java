package fr.cctlint.collect.dotnet;

import fr.cctlint.collect.Problems;
import fr.cctlint.collect.SourceText;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * MSBuild and NuGet XML files ({@code *.csproj}, {@code Directory.Packages.props}, {@code packages.config}) read
 * with StAX into a small element tree that keeps each element's line. DTDs and external entities are off: a
 * {@code DOCTYPE} declares nothing, and a reference to an entity it would have declared is a parse error, so no
 * file outside the tree is ever read and no entity is ever expanded.
 */
final class MsBuildXml {
    /** Elements per file: real project files have hundreds; more is hostile input. */
    static final int MAX_ELEMENTS = 100_000;

    private final XMLInputFactory factory;

    MsBuildXml() {
        factory = XMLInputFactory.newDefaultFactory(); // the JDK's own parser, whatever else is on the class path
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    }

    /** One element: local name, attributes (names compared ignoring case, as MSBuild does), text, children, line. */
    record Node(String name, Map<String, String> attributes, String text, List<Node> children, int line) {
        Node {
            children = List.copyOf(children);
        }

        String attribute(String key) {
            return attributes.get(key);
        }

        boolean is(String localName) {
            return name.equalsIgnoreCase(localName);
        }

        /** The trimmed text of the first child element with that name, or null. */
        String child(String localName) {
            return children.stream().filter(c -> c.is(localName)).findFirst().map(Node::text).orElse(null);
        }

        /** An attribute, else the child element of the same name (MSBuild accepts both forms of item metadata). */
        String metadata(String key) {
            String a = attribute(key);
            return a != null ? a.strip() : child(key);
        }
    }

    /** Either the root element or the problem. */
    record Result(Node root, Problem problem) {
    }

    Result parse(SourceText source) {
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(new StringReader(source.text()));
            Deque<Builder> stack = new ArrayDeque<>();
            Node root = null;
            int elements = 0;
            Map<Integer, String> lowerLines = new java.util.HashMap<>();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++elements > MAX_ELEMENTS) {
                        return new Result(null, Problems.at(source.path(), r.getLocation().getLineNumber(), 0,
                                Message.of("collect.invalidXml", "more than " + MAX_ELEMENTS + " elements")));
                    }
                    Map<String, String> attrs = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                    }
                    String name = r.getLocalName();
                    stack.push(new Builder(name, Collections.unmodifiableMap(attrs),
                            startLine(source, lowerLines, r.getLocation().getLineNumber(), name)));
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    if (!stack.isEmpty()) {
                        stack.peek().text.append(r.getText());
                    }
                } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    return new Result(null, Problems.at(source.path(), r.getLocation().getLineNumber(),
                            r.getLocation().getColumnNumber(),
                            Message.of("collect.invalidXml", "entity reference &" + r.getLocalName() + ";")));
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    Builder done = stack.pop();
                    Node node = new Node(done.name, done.attributes, done.text.toString().strip(), done.children, done.line);
                    if (stack.isEmpty()) {
                        root = node;
                    } else {
                        stack.peek().children.add(node);
                    }
                }
            }
            if (root == null) {
                return new Result(null, Problems.at(source.path(), 1, 1, Message.of("collect.invalidXml", "no root element")));
            }
            return new Result(root, null);
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            return new Result(null, Problems.at(source.path(), at == null ? 0 : at.getLineNumber(),
                    at == null ? 0 : at.getColumnNumber(), Message.of("collect.invalidXml", reason(e))));
        } catch (RuntimeException e) {
            return new Result(null, Problems.at(source.path(), 0, 0, Message.of("collect.invalidXml", String.valueOf(e.getMessage()))));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing held
                }
            }
        }
    }

    /** StAX reports where a start tag ends; the evidence line is where it starts ({@code <PackageReference}). */
    private static int startLine(SourceText source, Map<Integer, String> lowerLines, int reported, String name) {
        String open = ("<" + name).toLowerCase(Locale.ROOT);
        for (int line = reported; line > 0 && line > reported - 50; line--) {
            // each line lowered once per file: a hostile one-line file holds every element on one long line
            if (lowerLines.computeIfAbsent(line, n -> source.line(n).toLowerCase(Locale.ROOT)).contains(open)) {
                return line;
            }
        }
        return reported;
    }

    /** The parser's message without its "ParseError at [row,col]:" prefix (the problem has the position). */
    private static String reason(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int i = m.indexOf("Message: ");
        return i >= 0 ? m.substring(i + "Message: ".length()).strip() : m.strip();
    }

    private static final class Builder {
        final String name;
        final Map<String, String> attributes;
        final int line;
        final StringBuilder text = new StringBuilder();
        final List<Node> children = new ArrayList<>();

        Builder(String name, Map<String, String> attributes, int line) {
            this.name = name;
            this.attributes = attributes;
            this.line = line;
        }
    }
}
