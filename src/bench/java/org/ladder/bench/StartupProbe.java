package org.ladder.bench;

import java.lang.management.ManagementFactory;

import org.ladder.LadderApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application and times it: from the call to {@link SpringApplication#run} to
 * {@link ApplicationReadyEvent} (web server listening, engine up, runners done). Run as its own program, in a
 * fresh JVM, it closes the context and prints one line
 * {@code LADDER_STARTUP <spring ms> <jvm uptime ms> <jvm cpu ms> <jvm cpu ms at exit>}.
 */
final class StartupProbe {

    static final String MARKER = "LADDER_STARTUP";

    /** A started context, its start-up time, and the JVM's uptime and CPU time when it was ready. */
    record Started(ConfigurableApplicationContext context, double springMs, double jvmMs, double cpuMs) {
    }

    private StartupProbe() {
    }

    static Started start(String... springArgs) {
        return start(null, springArgs);
    }

    /** As {@link #start(String...)}, with an initialiser added to the application (e.g. to wrap a bean). */
    static Started start(ApplicationContextInitializer<ConfigurableApplicationContext> initializer,
            String... springArgs) {
        long[] ready = new long[3];
        SpringApplication app = new SpringApplication(LadderApplication.class);
        if (initializer != null) {
            app.addInitializers(initializer);
        }
        app.setMainApplicationClass(LadderApplication.class);
        app.addListeners((ApplicationListener<ApplicationReadyEvent>) event -> {
            ready[0] = System.nanoTime();
            ready[1] = ManagementFactory.getRuntimeMXBean().getUptime();
            ready[2] = processCpuNanos();
        });
        long start = System.nanoTime();
        ConfigurableApplicationContext context = app.run(springArgs);
        return new Started(context, (ready[0] - start) / 1e6, ready[1], ready[2] / 1e6);
    }

    /** CPU time of the whole JVM (all threads: JIT, GC, application), or -1 when the JVM does not say. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    public static void main(String[] args) {
        Started started = start(args);
        started.context().close();
        System.out.printf(java.util.Locale.ROOT, "%s %.1f %.1f %.1f %.1f%n", MARKER, started.springMs(),
                started.jvmMs(), started.cpuMs(), processCpuNanos() / 1e6);
        System.exit(0);
    }
}
