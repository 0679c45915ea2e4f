package fr.cctlint.collect.maven;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.apache.maven.model.Model;
import org.apache.maven.model.building.ModelProcessor;
import org.apache.maven.model.io.DefaultModelReader;

/**
 * Maven's model reader, except that the tree's POMs (parsed once, with positions, by {@link TreePoms}) and the stubs
 * are handed out as copies instead of being parsed again for every module that inherits from them. Anything else
 * (the super POM) is read by Maven as usual.
 */
final class TreeModelReader extends DefaultModelReader {
    @Override
    public Model read(InputStream input, Map<String, ?> options) throws IOException {
        Object source = options == null ? null : options.get(ModelProcessor.SOURCE);
        if (source instanceof ParsedModelSource parsed) {
            input.close();
            return parsed.model();
        }
        return super.read(input, options);
    }
}
