package fr.cctlint.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.cctlint.model.Component;
import fr.cctlint.model.ComponentType;
import fr.cctlint.model.Inventory;
import fr.cctlint.source.PathSourceTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's own image, run by its Kubernetes manifests, is the application itself, not an operated product. */
class ProjectImagesTest {
    @TempDir
    Path root;

    private Inventory scan() throws IOException {
        try (PathSourceTree tree = PathSourceTree.open(root, "app")) {
            return new TreeScanner(CollectorRegistry.standard()).scan(tree);
        }
    }

    private List<Component> images(Inventory inventory, String shortName) {
        return inventory.components().stream()
                .filter(c -> c.type() == ComponentType.CONTAINER && c.name().endsWith(shortName)).toList();
    }

    @Test
    void anImageNamedLikeAModuleIsTheApplicationAndOthersStayOperated() throws IOException {
        Files.writeString(root.resolve("pom.xml"), """
                <project><modelVersion>4.0.0</modelVersion><groupId>fr.example</groupId>
                  <artifactId>rdv-api</artifactId><version>1.0.0</version></project>
                """);
        Files.createDirectories(root.resolve("k8s"));
        Files.writeString(root.resolve("k8s/app.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: rdv
                spec:
                  template:
                    spec:
                      containers:
                        - name: api
                          image: registry.example.org/rdv/rdv-api:1.0.0
                        - name: db
                          image: postgres:16
                """);
        Inventory inventory = scan();
        Component own = images(inventory, "rdv-api").get(0);
        assertTrue(own.subject(), own.toString());
        assertEquals("rdv-api", own.property(ProjectImages.KEY));
        assertFalse(images(inventory, "postgres").get(0).subject());
    }

    @Test
    void withoutAModuleOfThatNameTheImageIsOperated() throws IOException {
        Files.writeString(root.resolve("pom.xml"), """
                <project><modelVersion>4.0.0</modelVersion><groupId>fr.example</groupId>
                  <artifactId>agenda</artifactId><version>1.0.0</version></project>
                """);
        Files.writeString(root.resolve("deployment.yaml"), """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: x
                spec:
                  containers:
                    - name: api
                      image: registry.example.org/other/rdv-api:1.0.0
                """);
        Component image = images(scan(), "rdv-api").get(0);
        assertFalse(image.subject());
        assertEquals(null, image.property(ProjectImages.KEY));
    }
}
