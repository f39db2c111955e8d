package org.ladder.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every benchmark shares: its {@code --name=value} options, the class path of the probe JVMs it starts, and the
 * probes' way of handing back their section of the report.
 */
final class BenchLaunch {

    private BenchLaunch() {
    }

    /** The options with their defaults, overridden by {@code --name=value} arguments; unknown names are refused. */
    static Map<String, String> options(String[] args, Map<String, String> defaults) {
        Map<String, String> values = new LinkedHashMap<>(defaults);
        for (String arg : args) {
            if (arg.isBlank()) {
                continue;
            }
            int eq = arg.indexOf('=');
            String key = arg.startsWith("--") && eq > 2 ? arg.substring(2, eq) : null;
            if (key == null || !values.containsKey(key)) {
                throw new IllegalArgumentException("Unknown argument " + arg + "; known: --"
                        + String.join("=…, --", values.keySet()) + "=…");
            }
            values.put(key, arg.substring(eq + 1));
        }
        return values;
    }

    /**
     * The class path this program runs with (exec:java's, which is the test class path) without the test classes,
     * so that no test fixture, test route or test property file ends up in the measured application; the
     * benchmark's own classes are copied aside (below {@code work}) and added.
     */
    static String childClasspath(Class<?> benchmark, Path work) throws IOException, URISyntaxException {
        Path testClasses = Path.of(benchmark.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path benchClasses = work.resolve("classes");
        Path from = testClasses.resolve("org/ladder/bench");
        Path to = benchClasses.resolve("org/ladder/bench");
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<String> entries = new ArrayList<>();
        entries.add(benchClasses.toString());
        List<Path> parentEntries = new ArrayList<>();
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            for (URL url : loader.getURLs()) {
                parentEntries.add(Path.of(url.toURI()));
            }
        } else {
            Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of)
                    .forEach(parentEntries::add);
        }
        parentEntries.stream().filter(p -> !p.equals(testClasses)).map(Path::toString).forEach(entries::add);
        return String.join(File.pathSeparator, entries);
    }

    /** A probe's part of the report. */
    interface Probe {
        CharSequence run(String[] springArgs) throws Exception;
    }

    /**
     * Runs a probe in its JVM: its section goes to the file named by {@code ladder.bench.section}, and the JVM exits
     * 0, or 1 after printing what went wrong.
     */
    static void runProbe(Probe probe, String[] springArgs) {
        try {
            CharSequence section = probe.run(springArgs);
            Files.writeString(Path.of(System.getProperty("ladder.bench.section")), section, StandardCharsets.UTF_8);
            System.exit(0);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}
