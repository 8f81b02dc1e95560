package computequest.story;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code .story} files. Prose is plain text; markup lines start with a sigil:
 * <pre>
 * :: scene-id              a scene begins
 * &#64;title / &#64;chapter / &#64;objective / &#64;hint / &#64;goal / &#64;check / &#64;on / &#64;quiz / &#64;ending   scene directives
 * &#64;setup EFFECT            for playtests (./play --from): what the player did since the previous scene
 * &#64;glossary Term: definition    a glossary entry (anywhere)
 * * text -> target         a choice (no target: the player stays, and the feedback explains)
 *   ? condition            indented under a choice: shown only when it holds
 *   ~ effect               indented: applied when the choice, goal or reaction fires; unindented: on entering
 *   > feedback             indented: what the game says then
 * // comment
 * </pre>
 * The parser never stops at the first problem: it collects every one, each with file, line and column.
 * {@link StoryValidator} adds the checks that need the whole story or the simulator's vocabulary; story/README.md
 * documents the format for authors.
 */
public final class StoryParser {

    public static final String EXTENSION = ".story";
    /** A line that holds only this opens or closes a verbatim block in prose. */
    static final String FENCE = "```";

    private StoryParser() {
    }

    /**
     * The result of parsing: a story (possibly partial) and every problem found.
     *
     * @param controlFree whether no text it was read from holds a control character (a CR before a newline aside),
     *                    so that no string of the story can: the checker then need not look through every one
     * @param duplicates  the scenes left out of the story because an earlier scene has their id: the checker still
     *                    checks what they hold, so a duplicate id hides no other problem
     */
    public record Parsed(Story story, List<Diagnostic> diagnostics, boolean controlFree, List<Scene> duplicates) {
        public Parsed {
            diagnostics = List.copyOf(diagnostics);
            duplicates = List.copyOf(duplicates);
        }

        public Parsed(Story story, List<Diagnostic> diagnostics, boolean controlFree) {
            this(story, diagnostics, controlFree, List.of());
        }

        /** A result whose texts were not scanned for control characters. */
        public Parsed(Story story, List<Diagnostic> diagnostics) {
            this(story, diagnostics, false);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /**
     * Parses every {@code .story} file under {@code dir}, in path order (subfolders included). Each file's text is
     * dropped once it is read: a 100,000-scene story's 80 MB of text need not stay in memory while it is parsed. A
     * large story's files are read on several threads ({@link StoryReaders}), with the same result.
     */
    public static Parsed parseDirectory(Path dir) throws IOException {
        return parseDirectory(dir, StoryReaders.PARALLEL_BYTES);
    }

    /** As {@link #parseDirectory(Path)}, reading on several threads from {@code parallelBytes} bytes of story on. */
    static Parsed parseDirectory(Path dir, long parallelBytes) throws IOException {
        List<Diagnostic> problems = new ArrayList<>();
        StoryMerge merge = new StoryMerge();
        Hash hash = new Hash();
        List<Path> files = files(dir);
        if (parallel(files, parallelBytes)) {
            try (StoryReaders readers = new StoryReaders(Math.min(4, Runtime.getRuntime().availableProcessors()))) {
                for (Path f : files) {
                    readers.read(read(dir, f, hash, problems), merge);
                }
                readers.finish(merge);
            }
        } else {
            StringPool pool = new StringPool();
            for (Path f : files) {
                StoryFile file = read(dir, f, hash, problems);
                merge.add(StoryReader.read(file.name(), file.text(), pool), file.controlFree());
            }
        }
        if (files.isEmpty()) {
            problems.add(Diagnostic.error(new Position(dir.toString(), 1, 1), "no " + EXTENSION + " files in this folder",
                    "point --story at a folder with scene files, or create one with 'author new'"));
        }
        Parsed p = merge.finish(hash.hex());
        problems.addAll(p.diagnostics());
        return new Parsed(p.story(), problems, p.controlFree(), p.duplicates());
    }

    /** Whether to read on worker threads: a story of {@code parallelBytes} or more, in several files, and cores. */
    private static boolean parallel(List<Path> files, long parallelBytes) throws IOException {
        if (files.size() < 2 || Runtime.getRuntime().availableProcessors() < 2) {
            return false;
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        return bytes >= parallelBytes;
    }

    /** A file's name, text and whether the text is free of control characters. */
    record StoryFile(String name, String text, boolean controlFree) {
    }

    /** Reads a file, adds it to the hash, and reports it if it is not UTF-8. */
    private static StoryFile read(Path dir, Path f, Hash hash, List<Diagnostic> problems) throws IOException {
        String name = name(dir, f);
        byte[] bytes = bytes(f);
        String text = text(bytes);
        if (text.indexOf('\uFFFD') >= 0) {
            problems.add(Diagnostic.error(new Position(name, 1, 1), "the file is not valid UTF-8 text",
                    "save it as UTF-8"));
            hash.add(name, text);
        } else {
            // Valid UTF-8 decodes and encodes back to the same bytes: hash them as they are, less a BOM.
            hash.add(name, bytes, bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF ? 3 : 0);
        }
        return new StoryFile(name, text, !Scan.hasControl(bytes));
    }

    /**
     * The story files under {@code dir}, in path order: what {@code Files.walk} (links to folders not followed) would
     * find, listed without streams or lambdas, whose first use costs milliseconds at every game start.
     */
    private static List<Path> files(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        // As Files.walk: a missing folder throws, and a link to a folder is not followed, even at the top.
        if (Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isDirectory()) {
            collect(dir, out);
        } else if (dir.toString().endsWith(EXTENSION) && Files.isRegularFile(dir)) {
            out.add(dir);
        }
        Collections.sort(out);
        return out;
    }

    private static void collect(Path folder, List<Path> out) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    collect(p, out);
                } else if (p.toString().endsWith(EXTENSION) && Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        }
    }

    /** A file's bytes, through the stream the JVM has loaded at start rather than a file channel it has not. */
    private static byte[] bytes(Path f) throws IOException {
        try (InputStream in = new FileInputStream(f.toFile())) {
            return in.readAllBytes();
        }
    }

    private static String name(Path dir, Path f) {
        return dir.relativize(f).toString().replace('\\', '/');
    }

    private static String read(Path f) throws IOException {
        return text(bytes(f));
    }

    private static String text(byte[] utf8) {
        String text = new String(utf8, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * The text of every {@code .story} file under {@code dir}, by path relative to it, in path order. A UTF-8
     * byte-order mark at the start of a file (some Windows editors write one) is dropped.
     */
    public static Map<String, String> readFiles(Path dir) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Path f : files(dir)) {
            texts.put(name(dir, f), read(f));
        }
        return texts;
    }

    /** Parses several files given as name to text, in the order given. */
    public static Parsed parse(Map<String, String> files) {
        StoryMerge merge = new StoryMerge();
        StringPool pool = new StringPool();
        for (var e : files.entrySet()) {
            String text = e.getValue().startsWith("\uFEFF") ? e.getValue().substring(1) : e.getValue();
            merge.add(StoryReader.read(e.getKey(), text, pool), !Scan.hasControl(text));
        }
        return merge.finish(hash(files));
    }

    /**
     * 16 hex digits that change when any file's name or text changes. Two CRC checksums rather than SHA-256: this
     * only tells whether a save predates an edit, and the first MessageDigest use costs about 17 ms of start-up
     * (security providers load), a tenth of the time to the first prompt.
     */
    private static String hash(Map<String, String> files) {
        Hash h = new Hash();
        files.forEach(h::add);
        return h.hex();
    }

    /** The content hash, fed one file at a time. */
    private static final class Hash {
        private final java.util.zip.CRC32C a = new java.util.zip.CRC32C();
        private final java.util.zip.CRC32 b = new java.util.zip.CRC32();

        void add(String name, String text) {
            add(name, text.getBytes(StandardCharsets.UTF_8), 0);
        }

        /** A file whose text is {@code utf8} from {@code from} on. */
        void add(String name, byte[] utf8, int from) {
            part(name.getBytes(StandardCharsets.UTF_8), 0);
            part(utf8, from);
        }

        private void part(byte[] bytes, int from) {
            a.update(bytes, from, bytes.length - from);
            a.update(0);
            b.update(bytes, from, bytes.length - from);
            b.update(0);
        }

        String hex() {
            String hex = Long.toHexString(a.getValue() << 32 | b.getValue());
            return "0".repeat(16 - hex.length()) + hex;
        }
    }
}
