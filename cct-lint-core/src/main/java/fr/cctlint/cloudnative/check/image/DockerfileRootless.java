package fr.cctlint.cloudnative.check.image;

import fr.cctlint.cloudnative.check.Violation;
import fr.cctlint.collect.SourceText;
import fr.cctlint.collect.docker.DockerfileParser;
import fr.cctlint.i18n.Message;
import fr.cctlint.model.Component;
import fr.cctlint.referential.ImageName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * EX32 on one Dockerfile: the final stage (with the stages it is built on) must end with a non-root USER, unless
 * its base image sets one itself ({@code nonRootImages} of image-os.yaml), and expose no port below 1024. The user
 * and ports are the Dockerfile collector's (variables substituted); a final stage without image component
 * ({@code FROM scratch}) is read from the file.
 */
public final class DockerfileRootless {
    private final ImageOsCatalog catalog;

    public DockerfileRootless(ImageOsCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param source the Dockerfile
     * @param image  its final-stage image component, or null when there is none
     */
    public void judge(SourceText source, Component image, Results results) {
        List<DockerfileStages.Stage> chain = DockerfileStages.read(source).finalChain();
        if (chain.isEmpty()) {
            return; // no FROM: the collector reported it
        }
        String path = source.path();
        String user;
        int userLine;
        List<Port> ports = new ArrayList<>();
        if (image != null) {
            user = image.property(DockerfileParser.USER);
            userLine = parseInt(image.property(DockerfileParser.USER_LINE));
            String[] exposed = split(image.property(DockerfileParser.EXPOSED_PORTS));
            String[] lines = split(image.property(DockerfileParser.EXPOSED_PORT_LINES));
            for (int i = 0; i < exposed.length; i++) {
                ports.add(new Port(exposed[i], i < lines.length ? parseInt(lines[i]) : 0));
            }
        } else {
            user = null;
            userLine = 0;
            for (DockerfileStages.Stage stage : chain) {
                if (!stage.users().isEmpty()) {
                    userLine = stage.users().get(stage.users().size() - 1);
                    user = source.line(userLine).strip().substring(4).strip();
                }
                for (int line : stage.exposes()) {
                    String[] words = source.line(line).strip().split("\\s+");
                    for (int w = 1; w < words.length; w++) {
                        ports.add(new Port(words[w], line));
                    }
                }
            }
        }
        String subject = path + ":final-stage-user";
        if (user == null) {
            Optional<ImageName> base = image == null ? Optional.empty() : ImageRefs.image(image);
            if (base.isPresent() && catalog.setsNonRootUser(base.get())) {
                results.passed(image.primaryEvidence());
            } else {
                String baseName = image != null ? image.name() + (image.version() == null ? "" : ":" + image.version())
                        : chain.get(0).base();
                results.violation(new Violation(source.evidence(chain.get(chain.size() - 1).fromLine()),
                        Message.of("cncontainer.docker.noUser", path, baseName), subject, image));
            }
        } else if (!RootFacts.unresolved(user)) {
            if (RootFacts.isRoot(user)) {
                results.violation(new Violation(source.evidence(userLine),
                        Message.of("cncontainer.docker.rootUser", path, user), subject, image));
            } else {
                results.passed(source.evidence(userLine));
            }
        }
        for (Port port : ports) {
            OptionalInt number = RootFacts.port(port.text());
            if (number.isEmpty() || port.line() <= 0) {
                continue;
            }
            if (RootFacts.privileged(number.getAsInt())) {
                results.violation(new Violation(source.evidence(port.line()),
                        Message.of("cncontainer.docker.lowPort", path, port.text()),
                        path + ":expose:" + port.text(), image));
            } else {
                results.passed(source.evidence(port.line()));
            }
        }
    }

    private record Port(String text, int line) {
    }

    private static String[] split(String list) {
        return list == null || list.isBlank() ? new String[0] : list.split(",");
    }

    private static int parseInt(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
