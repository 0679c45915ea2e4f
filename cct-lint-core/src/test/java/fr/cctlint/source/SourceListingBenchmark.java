package fr.cctlint.source;

import fr.cctlint.testing.GitFixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures (never asserts) how long listing a 50,000-file monorepo takes: on jimfs, on the real file system, and
 * as a git commit. Runs only with {@code -Dcct.bench=true}:
 * {@code mvn -o -pl cct-lint-core test -Dtest=SourceListingBenchmark -Dcct.bench=true}.
 */
class SourceListingBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final int MODULES = 1_000;
    private static final int FILES_PER_MODULE = 50;

    @TempDir
    Path temp;

    @Test
    void listing50000Files() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("cct.bench"), "a benchmark: run with -Dcct.bench=true");
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path root = generate(Files.createDirectories(fs.getPath("/mono")));
            report("jimfs", root, false);
        }
        Path disk = generate(Files.createDirectories(temp.resolve("mono")));
        report("disk", disk, false);
        Files.createDirectories(disk.resolve(".git"));
        Files.writeString(disk.resolve(".gitignore"), "*.log\nmodule-0*/build-out/\n");
        report("disk+gitignore", disk, false);
        Files.delete(disk.resolve(".gitignore"));
        Files.delete(disk.resolve(".git"));
        try (Git git = Git.init().setDirectory(disk.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("all").setAuthor(GitFixtures.AUTHOR).setCommitter(GitFixtures.AUTHOR).setSign(false).call();
            Repository repo = git.getRepository();
            repo.close();
        }
        report("git", disk, true);
    }

    private static Path generate(Path root) throws IOException {
        for (int m = 0; m < MODULES; m++) {
            Path module = root.resolve("module-" + m);
            Files.createDirectories(module.resolve("src/main/java/fr/example"));
            Files.writeString(module.resolve("pom.xml"), "<project><artifactId>m" + m + "</artifactId></project>");
            for (int f = 1; f < FILES_PER_MODULE; f++) {
                Files.writeString(module.resolve("src/main/java/fr/example/C" + f + ".java"), "class C" + f + " {}");
            }
        }
        return root;
    }

    private static void report(String label, Path root, boolean git) throws IOException {
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            List<String> files;
            if (git) {
                try (GitSourceTree tree = GitSourceTree.open(root.toString(), "HEAD", SourceOptions.defaults())) {
                    files = tree.files();
                }
            } else {
                try (PathSourceTree tree = PathSourceTree.open(root, label, SourceOptions.defaults())) {
                    files = tree.files();
                }
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            long cpuMillis = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            assertEquals(MODULES * FILES_PER_MODULE, files.stream().filter(f -> !f.equals(".gitignore")).count());
            System.out.printf("listing %,d files (%s), run %d: %d ms wall, %d ms CPU%n", files.size(), label, run, millis,
                    cpuMillis);
        }
    }
}
