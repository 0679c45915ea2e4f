package fr.cctlint.sbom;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One streaming StAX pass over an XML document: refuses any DTD (so no entity is ever resolved), says
 * whether the root is a CycloneDX {@code bom} and in which spec version (from its namespace), and where
 * each component and service element starts, with its plain fields. Proves the XML is well-formed.
 */
final class XmlScan {
    static final String NAMESPACE_PREFIX = "http://cyclonedx.org/schema/bom/";

    /** The document declares a DTD: refused before anything else reads it. */
    static final class DtdRefused extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        DtdRefused(int line) {
            super("DTD refused", null, false, false);
            this.line = line;
        }
    }

    /**
     * What the pass found.
     *
     * @param rootName      the root element, as {@code {namespace}local}
     * @param specVersion   the CycloneDX version from the namespace, or null when the root is not a CycloneDX bom
     */
    record Result(String rootName, String specVersion, String timestamp, List<RawComponent> components) {
        Result {
            components = List.copyOf(components);
        }
    }

    /** A StAX factory that never reads a DTD nor an external entity. */
    static XMLInputFactory safeFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    private final XMLInputFactory factory;

    XmlScan(XMLInputFactory factory) {
        this.factory = factory;
    }

    Result scan(InputStream in) throws XMLStreamException, DtdRefused {
        XMLStreamReader r = factory.createXMLStreamReader(in);
        try {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new DtdRefused(r.getLocation().getLineNumber());
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return root(r);
                }
            }
            return new Result(null, null, null, List.of());
        } finally {
            r.close();
        }
    }

    private Result root(XMLStreamReader r) throws XMLStreamException {
        String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
        String rootName = "{" + ns + "}" + r.getLocalName();
        if (!"bom".equals(r.getLocalName()) || !ns.startsWith(NAMESPACE_PREFIX)) {
            return new Result(rootName, null, null, List.of());
        }
        String version = ns.substring(NAMESPACE_PREFIX.length());
        List<RawComponent> out = new ArrayList<>();
        Walker w = new Walker(r, ns, out);
        while (w.nextChild()) {
            switch (r.getLocalName()) {
                case "metadata" -> w.metadata();
                case "components" -> w.list("components", "component", false);
                case "services" -> w.list("services", "service", true);
                default -> w.skip();
            }
        }
        // read to the end so a broken tail is reported as invalid XML
        while (r.hasNext()) {
            r.next();
        }
        return new Result(rootName, version, w.timestamp, out);
    }

    /** Recursive descent over the CycloneDX elements; anything else is skipped whole. */
    private static final class Walker {
        private final XMLStreamReader r;
        private final String ns;
        private final List<RawComponent> out;
        private String timestamp;

        Walker(XMLStreamReader r, String ns, List<RawComponent> out) {
            this.r = r;
            this.ns = ns;
            this.out = out;
        }

        /** Moves to the next child START_ELEMENT of the current element; false at its END_ELEMENT. */
        boolean nextChild() throws XMLStreamException {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return true;
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return false;
                }
            }
            return false;
        }

        boolean ours() {
            return ns.equals(r.getNamespaceURI());
        }

        /** At a START_ELEMENT: skips it whole, leaving the reader on its END_ELEMENT. */
        void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0 && r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        void metadata() throws XMLStreamException {
            while (nextChild()) {
                if (ours() && "component".equals(r.getLocalName())) {
                    component("metadata.component", false);
                } else if (ours() && "timestamp".equals(r.getLocalName())) {
                    timestamp = RawComponentBuilder.blankToNull(text());
                } else {
                    skip();
                }
            }
        }

        void list(String prefix, String childName, boolean service) throws XMLStreamException {
            int index = 0;
            while (nextChild()) {
                if (ours() && childName.equals(r.getLocalName())) {
                    component(prefix + "[" + index + "]", service);
                    index++;
                } else {
                    skip();
                }
            }
        }

        void component(String path, boolean service) throws XMLStreamException {
            RawComponentBuilder b = new RawComponentBuilder(path, r.getLocation().getLineNumber(), service);
            b.field("bom-ref", r.getAttributeValue(null, "bom-ref"));
            b.field("type", r.getAttributeValue(null, "type"));
            int slot = out.size();
            out.add(null);
            while (nextChild()) {
                if (!ours()) {
                    skip();
                    continue;
                }
                String local = r.getLocalName();
                switch (local) {
                    case "components" -> list(path + ".components", "component", false);
                    case "services" -> list(path + ".services", "service", true);
                    case "supplier", "provider" -> b.supplier(childText("name"));
                    case "properties" -> properties(b);
                    case "name", "group", "version", "purl", "cpe", "scope", "publisher", "author", "description" ->
                            b.field(local, text());
                    default -> skip();
                }
            }
            out.set(slot, b.build());
        }

        /** The text of a leaf element; child elements (not expected) are skipped. */
        String text() throws XMLStreamException {
            StringBuilder sb = new StringBuilder();
            int depth = 1;
            while (depth > 0 && r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (depth == 1 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    sb.append(r.getText());
                }
            }
            return sb.toString();
        }

        String childText(String childName) throws XMLStreamException {
            String value = null;
            while (nextChild()) {
                if (ours() && childName.equals(r.getLocalName()) && value == null) {
                    value = text();
                } else {
                    skip();
                }
            }
            return value;
        }

        void properties(RawComponentBuilder b) throws XMLStreamException {
            while (nextChild()) {
                if (ours() && "property".equals(r.getLocalName())) {
                    String name = r.getAttributeValue(null, "name");
                    b.property(name, text());
                } else {
                    skip();
                }
            }
        }
    }
}
