package computequest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the benchmark ran: processors, CPU model, JDK, OS, load. */
record Machine(int cpus, String cpuModel, String jdk, String os, String load) {

    static Machine describe() {
        String model = read("/proc/cpuinfo").lines().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        String os = read("/etc/os-release").lines().filter(l -> l.startsWith("PRETTY_NAME=")).findFirst()
                .map(l -> l.substring(12).replace("\"", "")).orElse(System.getProperty("os.name"));
        String jdk = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        return new Machine(Runtime.getRuntime().availableProcessors(), model, jdk,
                os + " (" + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", "
                        + System.getProperty("os.arch") + ")", loadAverage());
    }

    static String loadAverage() {
        String l = read("/proc/loadavg");
        return l.isEmpty() ? "unknown" : String.join(" ", java.util.Arrays.copyOf(l.strip().split("\\s+"), 3));
    }

    String text() {
        return "machine: " + cpus + " processors (nproc), " + cpuModel + "\n"
                + "JDK:     " + jdk + "\n"
                + "OS:      " + os + "\n"
                + "load average at the start: " + load;
    }

    String oneLine() {
        return cpus + " x " + cpuModel + ", " + jdk + ", " + os;
    }

    static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    static Optional<Long> kb(String status, String field) {
        return status.lines().filter(l -> l.startsWith(field + ":")).findFirst()
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")));
    }
}
