package computequest.sim.ecs;

import java.util.ArrayList;
import java.util.List;

/** Fargate's valid Linux task sizes and its per-second price. */
public final class Fargate {

    static final double USD_PER_VCPU_HOUR = 0.04048;
    static final double USD_PER_GB_HOUR = 0.004445;
    static final long MINIMUM_SECONDS = 60;

    private Fargate() {
    }

    /** Memory choices (MiB) for a cpu value, or empty when the cpu value is not offered. */
    static List<Integer> memoryChoices(int cpu) {
        int from;
        int to;
        int step;
        switch (cpu) {
            case 256 -> {
                return List.of(512, 1024, 2048);
            }
            case 512 -> { from = 1024; to = 4096; step = 1024; }
            case 1024 -> { from = 2048; to = 8192; step = 1024; }
            case 2048 -> { from = 4096; to = 16384; step = 1024; }
            case 4096 -> { from = 8192; to = 30720; step = 1024; }
            case 8192 -> { from = 16384; to = 61440; step = 4096; }
            case 16384 -> { from = 32768; to = 122880; step = 8192; }
            default -> {
                return List.of();
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int m = from; m <= to; m += step) {
            out.add(m);
        }
        return out;
    }

    public static boolean valid(int cpu, int memory) {
        return memoryChoices(cpu).contains(memory);
    }

    public static double usdPerHour(int cpu, int memoryMib) {
        return cpu / 1024.0 * USD_PER_VCPU_HOUR + memoryMib / 1024.0 * USD_PER_GB_HOUR;
    }
}
