package fr.cctlint.collect.maven;

import fr.cctlint.collect.Problems;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.plexus.util.xml.XmlStreamReader;

/**
 * Refuses POMs nested absurdly deep before Maven reads them: Maven copies plugin configurations recursively, and a
 * hostile file could exhaust the stack. One streaming pass (JDK StAX, DTDs and external entities off) over the text
 * as Maven decodes it; a file it cannot parse is left to Maven's reader, which reports the error with its position.
 */
final class NestingCheck {
    /** Far beyond any real POM (plugin configurations rarely go past 15 levels). */
    static final int MAX_DEPTH = 200;

    private NestingCheck() {
    }

    static Optional<Problem> problem(String path, byte[] bytes) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader reader = null;
        try {
            // decoded as Maven decodes it; given bytes, the JDK parser would print encoding errors on stderr
            reader = factory.createXMLStreamReader(new XmlStreamReader(new ByteArrayInputStream(bytes)));
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT && ++depth > MAX_DEPTH) {
                    return Optional.of(Problems.at(path, reader.getLocation().getLineNumber(),
                            reader.getLocation().getColumnNumber(), Message.of("maven.tooDeep", MAX_DEPTH)));
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return Optional.empty();
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return Optional.empty();
        } finally {
            close(reader);
        }
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing held beyond the byte array
            }
        }
    }
}
