package org.ladder.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How busy the rest of the machine was while we measured (Linux only): the CPU time all processes used, minus our
 * own (this JVM, a start-up child JVM, the local MariaDB server), plus the time the hypervisor took (steal), per
 * second of wall time. On this 2-core machine, about 0 means the figures are clean; 1 means another build took
 * half the machine. Other engineers build and test on the same machine, so this is printed next to the figures.
 */
final class MachineLoad {

    private static final long NANOS_PER_TICK = 1_000_000_000L / 100; // USER_HZ is 100 on Linux

    /** One reading of the clocks. */
    record Snapshot(long wallNanos, long machineBusyNanos, long ownJvmNanos, long databaseServerNanos) {

        static Snapshot now() {
            return new Snapshot(System.nanoTime(), readMachineBusy(), readOwnJvm(), readProcess("mariadbd"));
        }

        /**
         * Cores' worth of CPU used by others between {@code this} and {@code later}; {@code childNanos} is CPU time
         * of our own child processes in between (they are not counted as others); "?" when unknown.
         */
        String othersSince(Snapshot earlier, long childNanos) {
            double cores = othersCores(earlier, childNanos);
            return Double.isNaN(cores) ? "?" : String.format(Locale.ROOT, "%.2f", cores);
        }

        /** As {@link #othersSince}, as a number; NaN when unknown. */
        double othersCores(Snapshot earlier, long childNanos) {
            if (machineBusyNanos < 0 || earlier.machineBusyNanos < 0) {
                return Double.NaN;
            }
            long own = (ownJvmNanos - earlier.ownJvmNanos) + (databaseServerNanos - earlier.databaseServerNanos)
                    + childNanos;
            double cores = (machineBusyNanos - earlier.machineBusyNanos - own) / (double) (wallNanos
                    - earlier.wallNanos);
            return Math.max(0, cores);
        }
    }

    private MachineLoad() {
    }

    /**
     * Waits until other processes use less than {@code maxCores} over a 10-second window, for at most
     * {@code maxSeconds}; returns what the last window showed.
     */
    static double waitUntilQuiet(double maxCores, long maxSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        while (true) {
            Snapshot start = Snapshot.now();
            Thread.sleep(10_000);
            double others = Snapshot.now().othersCores(start, 0);
            if (!(others >= maxCores) || System.nanoTime() > deadline) {
                return others;
            }
        }
    }

    /** user + nice + system + irq + softirq + steal of all CPUs, from /proc/stat; -1 when unreadable. */
    private static long readMachineBusy() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long ticks = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                    + Long.parseLong(f[7]) + Long.parseLong(f[8]);
            return ticks * NANOS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long readOwnJvm() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** CPU time (user + system) of the processes with this command name, from /proc/[pid]/stat; 0 if none. */
    private static long readProcess(String command) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .mapToLong(p -> {
                        try {
                            if (!Files.readString(p.resolve("comm")).trim().equals(command)) {
                                return 0;
                            }
                            String stat = Files.readString(p.resolve("stat"));
                            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * NANOS_PER_TICK;
                        } catch (IOException | RuntimeException e) {
                            return 0; // the process ended meanwhile
                        }
                    })
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
