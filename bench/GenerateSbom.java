import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic CycloneDX 1.6 JSON SBOM of N components for the scan benchmark: a realistic mix of Maven
 * and npm libraries (some listed in the referential: Spring, Log4j, jQuery...), container images and a few
 * services. Run with the JDK's source launcher: {@code java bench/GenerateSbom.java 20000 out.json}.
 */
public final class GenerateSbom {
    private static final String[][] LISTED = {
        {"maven", "org.springframework", "spring-core", "5.3.39"},
        {"maven", "org.apache.logging.log4j", "log4j-core", "2.23.1"},
        {"maven", "org.hibernate.orm", "hibernate-core", "6.4.4.Final"},
        {"maven", "org.apache.tomcat.embed", "tomcat-embed-core", "9.0.85"},
        {"npm", null, "jquery", "1.12.4"},
        {"npm", null, "react", "18.3.1"},
    };
    private static final String[] IMAGES = {"postgres:16", "rabbitmq:3.13", "redis:7.2", "nginx:1.25", "minio/minio:latest"};

    /** 64 hex digits derived from the index, shaped like a SHA-256. */
    private static String sha256Like(int i) {
        StringBuilder sb = new StringBuilder(64);
        long x = 0x9E3779B97F4A7C15L * (i + 1);
        while (sb.length() < 64) {
            x ^= x >>> 29;
            x *= 0xBF58476D1CE4E5B9L;
            sb.append(String.format("%016x", x));
        }
        return sb.substring(0, 64);
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("{\n  \"bomFormat\": \"CycloneDX\",\n  \"specVersion\": \"1.6\",\n"
                    + "  \"serialNumber\": \"urn:uuid:00000000-0000-4000-8000-000000020000\",\n  \"version\": 1,\n"
                    + "  \"metadata\": {\"component\": {\"type\": \"application\", \"bom-ref\": \"app\", "
                    + "\"name\": \"bench-app\", \"version\": \"1.0.0\"}},\n  \"components\": [\n");
            for (int i = 0; i < count; i++) {
                String purl;
                String name;
                String version;
                String type = "library";
                if (i % 1000 == 999) {
                    String image = IMAGES[(i / 1000) % IMAGES.length];
                    name = image.substring(0, image.indexOf(':'));
                    version = image.substring(image.indexOf(':') + 1);
                    purl = "pkg:oci/" + name.substring(name.lastIndexOf('/') + 1) + "@" + version
                            + "?repository_url=docker.io/" + (name.contains("/") ? name : "library/" + name);
                    type = "container";
                } else if (i % 50 == 0) {
                    String[] l = LISTED[(i / 50) % LISTED.length];
                    name = l[2];
                    version = l[3];
                    purl = "pkg:" + l[0] + "/" + (l[1] == null ? "" : l[1] + "/") + name + "@" + version;
                } else if (i % 2 == 0) {
                    name = "lib-" + i;
                    version = "1." + (i % 17) + "." + (i % 5);
                    purl = "pkg:maven/com.example.group" + (i % 97) + "/" + name + "@" + version;
                } else {
                    name = "pkg-" + i;
                    version = "2." + (i % 13) + ".0";
                    purl = "pkg:npm/" + name + "@" + version;
                }
                w.write("    {\n      \"type\": \"" + type + "\",\n      \"bom-ref\": \"c" + i + "-" + purl + "\",\n"
                        + "      \"name\": \"" + name + "\",\n      \"version\": \"" + version + "\",\n"
                        + "      \"description\": \"Synthetic component number " + i + " of the cct-lint benchmark\",\n"
                        + "      \"scope\": \"required\",\n"
                        + "      \"hashes\": [{\"alg\": \"SHA-256\", \"content\": \"" + sha256Like(i) + "\"}],\n"
                        + "      \"licenses\": [{\"license\": {\"id\": \"Apache-2.0\"}}],\n"
                        + "      \"purl\": \"" + purl + "\",\n"
                        + "      \"externalReferences\": [{\"type\": \"website\", \"url\": \"https://example.org/" + name + "\"}],\n"
                        + "      \"properties\": [{\"name\": \"cdx:maven:component_scope\", \"value\": \"compile\"}]\n"
                        + "    }" + (i + 1 < count ? ",\n" : "\n"));
            }
            w.write("  ],\n  \"services\": [\n    {\"bom-ref\": \"svc-1\", \"name\": \"sms-gateway\", \"version\": \"2\"}\n  ]\n}\n");
        }
    }
}
