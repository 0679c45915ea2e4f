package fr.cctlint.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium, run on a local HTML file with a throw-away profile and no network side traffic,
 * bounded by a timeout; the process and its children are destroyed afterwards whatever happened. Tests that
 * need it call {@link #assumeInstalled()} first, so they skip, saying why, where it is absent.
 */
public final class HeadlessChromium {
    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 90;

    private final Path work;

    /** @param work a scratch folder for profiles and outputs (a JUnit {@code @TempDir}) */
    public HeadlessChromium(Path work) {
        this.work = work;
    }

    public static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(EXECUTABLE), "headless Chromium is not installed at " + EXECUTABLE
                + " (apt-get install chromium; .ci/run installs it)");
    }

    /** The DOM after the page's scripts ran. */
    public String dumpDom(Path html) throws IOException, InterruptedException {
        return run(List.of("--dump-dom", html.toUri().toString()), "dump-dom");
    }

    /** A PNG screenshot of the top {@code width} x {@code height} pixels of the page. */
    public void screenshot(Path html, Path png, int width, int height) throws IOException, InterruptedException {
        run(List.of("--hide-scrollbars", "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                html.toUri().toString()), "screenshot");
    }

    /** The page printed to PDF, as a browser's "print to PDF" does. */
    public void printToPdf(Path html, Path pdf) throws IOException, InterruptedException {
        run(List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath(), html.toUri().toString()), "pdf");
    }

    private String run(List<String> arguments, String label) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(Files.createDirectories(work), "chromium-" + label);
        Path stdout = profile.resolveSibling(profile.getFileName() + ".out");
        Path stderr = profile.resolveSibling(profile.getFileName() + ".err");
        List<String> command = new ArrayList<>(List.of(EXECUTABLE.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().putAll(Map.of("HOME", work.toString(), "LANG", "C.UTF-8"));
        Process process = builder.start();
        List<ProcessHandle> children = new ArrayList<>();
        try {
            boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            process.descendants().forEach(children::add);
            assertTrue(finished, "chromium " + label + " did not finish within " + TIMEOUT_SECONDS + " s");
            assertEquals(0, process.exitValue(), "chromium " + label + " failed: " + tail(stderr));
        } finally {
            process.descendants().forEach(children::add);
            children.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    private static String tail(Path file) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
    }
}
