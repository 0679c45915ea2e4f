import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic monorepo for the tree-scan benchmark: {@code modules} folders, each with one manifest of a
 * rotating kind (pom.xml, package.json + package-lock.json, Dockerfile, compose file, requirements.txt, go.mod)
 * and enough source files to reach {@code files} files in all. Run with the JDK's source launcher:
 * {@code java bench/GenerateMonorepo.java 1000 50000 out-dir}.
 */
public final class GenerateMonorepo {
    public static void main(String[] args) throws IOException {
        int modules = Integer.parseInt(args[0]);
        int files = Integer.parseInt(args[1]);
        Path root = Path.of(args[2]);
        int written = 0;
        for (int m = 0; m < modules; m++) {
            Path dir = root.resolve("services/module-" + m);
            Files.createDirectories(dir.resolve("src"));
            written += manifest(dir, m);
        }
        int perModule = Math.max(0, (files - written) / modules);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            body.append("    // line ").append(i).append(" of a synthetic source file, long enough to weigh like code\n");
        }
        for (int m = 0; m < modules; m++) {
            Path src = root.resolve("services/module-" + m + "/src");
            for (int f = 0; f < perModule; f++) {
                Files.writeString(src.resolve("File" + f + ".java"),
                        "package m" + m + ";\n\nclass File" + f + " {\n" + body + "}\n", StandardCharsets.UTF_8);
            }
        }
    }

    private static int manifest(Path dir, int m) throws IOException {
        switch (m % 6) {
            case 0 -> {
                Files.writeString(dir.resolve("pom.xml"), """
                        <project xmlns="http://maven.apache.org/POM/4.0.0">
                          <modelVersion>4.0.0</modelVersion>
                          <groupId>org.example</groupId><artifactId>module-%d</artifactId><version>1.0.%d</version>
                          <properties><spring.version>6.1.%d</spring.version></properties>
                          <dependencies>
                            <dependency><groupId>org.springframework</groupId><artifactId>spring-core</artifactId><version>${spring.version}</version></dependency>
                            <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId><version>42.7.3</version></dependency>
                            <dependency><groupId>com.example</groupId><artifactId>lib-%d</artifactId><version>2.%d.0</version></dependency>
                            <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><version>5.10.2</version><scope>test</scope></dependency>
                          </dependencies>
                        </project>
                        """.formatted(m, m, m % 10, m, m % 7));
                return 1;
            }
            case 1 -> {
                Files.writeString(dir.resolve("package.json"), """
                        {"name": "module-%d", "version": "1.0.0",
                         "dependencies": {"express": "^4.19.2", "jquery": "^3.7.1", "lib-%d": "^1.0.0"},
                         "devDependencies": {"jest": "^29.7.0"}}
                        """.formatted(m, m));
                Files.writeString(dir.resolve("package-lock.json"), """
                        {"name": "module-%d", "version": "1.0.0", "lockfileVersion": 3, "requires": true,
                         "packages": {
                          "": {"name": "module-%d", "version": "1.0.0"},
                          "node_modules/express": {"version": "4.19.2"},
                          "node_modules/jquery": {"version": "3.7.1"},
                          "node_modules/lib-%d": {"version": "1.0.%d"},
                          "node_modules/jest": {"version": "29.7.0", "dev": true}
                         }}
                        """.formatted(m, m, m, m % 9));
                return 2;
            }
            case 2 -> {
                Files.writeString(dir.resolve("Dockerfile"), """
                        FROM maven:3.9-eclipse-temurin-21 AS build
                        RUN mvn -q package
                        FROM eclipse-temurin:21-jre
                        RUN apt-get update && apt-get install -y --no-install-recommends curl
                        USER 1001
                        EXPOSE 8080
                        """);
                return 1;
            }
            case 3 -> {
                Files.writeString(dir.resolve("docker-compose.yml"), """
                        services:
                          db:
                            image: postgres:16-alpine
                          cache:
                            image: redis:7.2
                          broker-%d:
                            image: rabbitmq:3.13
                        """.formatted(m));
                return 1;
            }
            case 4 -> {
                Files.writeString(dir.resolve("requirements.txt"), """
                        django==5.0.4
                        psycopg2-binary==2.9.9
                        requests>=2.31,<3
                        lib-%d==1.%d
                        """.formatted(m, m % 5));
                return 1;
            }
            default -> {
                Files.writeString(dir.resolve("go.mod"), """
                        module example.org/module-%d

                        go 1.22

                        require (
                        	github.com/gin-gonic/gin v1.9.1
                        	github.com/redis/go-redis/v9 v9.5.1
                        )
                        """.formatted(m));
                return 1;
            }
        }
    }
}
