package computequest.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * One timed start of a program that prints "> " prompts, on pipes or on a pseudo-terminal (util-linux
 * {@code script}). A command line is typed at once, before anything is on the screen, as a player who starts typing
 * straight away would: the first screen counts at the first "> ", and the input counts as accepted at the second
 * "> ", printed after the program has read that line and answered it.
 */
final class Launch {

    static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?<=>]*[ -/]*[@-~]|\u001B[()][0-9A-Za-z]|\u001B[=>78]|\r");
    /** What the player types first: a cloud command, so the simulator's command table is needed to answer it. */
    static final String TYPED = "aws ec2 describe-instances";
    static final String MARKER = "bench-marker-xyzzy";

    /** Nanoseconds to the first screen and to the answered first line, peak RSS (kB) if asked, or an error. */
    record Result(long screen, long accepted, long hwmKb, String error) {
    }

    private Launch() {
    }

    /**
     * Whether the screen so far ends with the prompt that follows the answer to {@link #TYPED}: a second prompt, after
     * the line the typed command was last shown on. (On a terminal the line can show before the first prompt, echoed
     * as it was typed; with the first-screen snapshot, JLine redraws its prompt over the snapshot's before it shows
     * the line, so a second prompt alone is not yet an answer.)
     */
    static boolean answered(String s) {
        int typed = s.lastIndexOf(TYPED);
        int end = typed < 0 ? -1 : s.indexOf('\n', typed);
        return s.endsWith("> ") && s.indexOf("> ") != s.lastIndexOf("> ") && end >= 0 && s.lastIndexOf("> ") > end;
    }

    /**
     * Starts {@code command} in {@code dir} with {@code env} added, types {@link #TYPED}, and times the first two
     * prompts. With {@code feed}, then plays those lines and reads the peak resident set at the last prompt.
     */
    static Result run(List<String> command, Map<String, String> env, Path dir, boolean pty, List<String> feed)
            throws IOException, InterruptedException {
        List<String> c = command;
        if (pty) {
            StringBuilder sh = new StringBuilder("stty cols 100 rows 30 2>/dev/null; exec");
            for (String part : command) {
                sh.append(" '").append(part.replace("'", "'\\''")).append('\'');
            }
            c = List.of("/usr/bin/script", "-qfec", sh.toString(), "/dev/null");
        }
        ProcessBuilder pb = new ProcessBuilder(c).directory(dir.toFile());
        pb.environment().remove("CI");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        if (pty) {
            pb.environment().put("TERM", "xterm-256color");
        } else {
            pb.environment().remove("TERM");
        }
        pb.environment().putAll(env);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        Process p = pb.start();
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(60_000);
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        InputStream in = p.getInputStream();
        OutputStream out = p.getOutputStream();
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        long screen = -1;
        long accepted = -1;
        long hwm = 0;
        try {
            out.write((TYPED + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (true) {
                int n = in.read(buf);
                if (n < 0) {
                    break;
                }
                seen.write(buf, 0, n);
                String s = ANSI.matcher(seen.toString(StandardCharsets.ISO_8859_1)).replaceAll("");
                if (screen < 0 && s.contains("> ")) {
                    screen = System.nanoTime() - t0;
                }
                if (screen >= 0 && accepted < 0 && answered(s)) {
                    accepted = System.nanoTime() - t0;
                    if (feed.isEmpty()) {
                        break;
                    }
                    StringBuilder b = new StringBuilder();
                    feed.forEach(l -> b.append(l).append('\n'));
                    b.append(MARKER).append('\n');
                    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    seen.reset();
                } else if (accepted >= 0 && s.endsWith("> ") && s.contains(MARKER)) {
                    break;
                }
            }
            if (!feed.isEmpty()) {
                long pid = pty ? p.descendants().map(ProcessHandle::pid).reduce((a, b) -> b).orElse(p.pid()) : p.pid();
                hwm = Machine.kb(Machine.read("/proc/" + pid + "/status"), "VmHWM").orElse(0L);
            }
        } finally {
            try {
                out.close();
            } catch (IOException ignored) {
                // the process may already be gone
            }
            in.transferTo(OutputStream.nullOutputStream());
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
            watchdog.interrupt();
        }
        if (accepted < 0) {
            String tail = ANSI.matcher(seen.toString(StandardCharsets.UTF_8)).replaceAll("");
            return new Result(0, 0, 0, "no answer to the first line; exit " + p.exitValue() + ", output ends: "
                    + tail.substring(Math.max(0, tail.length() - 200)).replace('\n', ' '));
        }
        return new Result(screen, accepted, hwm, null);
    }
}
