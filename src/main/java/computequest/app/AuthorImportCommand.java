package computequest.app;

import computequest.story.Diagnostic;
import computequest.story.StoryParser;
import computequest.story.StoryValidator;
import computequest.story.importer.Draft;
import computequest.story.importer.ImportException;
import computequest.story.importer.NoteImporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./play author import NOTES.md [--out DIR]}: a Markdown study note becomes a playable draft story, written
 * by {@link NoteImporter} and checked with {@link StoryValidator}. See story/README.md, "Importing a note".
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Turn a Markdown note into a playable draft chapter.",
            "A scene per heading (the note's own words, linked by Continue), quiz questions from ==highlighted== or"
                + " **bold** definitions and from tables, 'See also' lines for images and links, commented @goal"
                + " templates for services the simulated cloud knows, and a walkthrough of the draft."})
public final class AuthorImportCommand implements Callable<Integer> {

    /** Notes bigger than this are surely not study notes. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    @Parameters(index = "0", paramLabel = "NOTES.md", description = "The Markdown note to import.")
    Path note;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder for the draft (default: drafts/<slug of the note's title>). Keep it outside story/.")
    Path outDir;

    @Option(names = "--force", description = "Replace the .story files already in the --out folder (other files are left).")
    boolean force;

    CommandSpec spec;

    /** Picocli's model of this command, with the help's examples (naming the game as the player started it). */
    @Spec
    void spec(CommandSpec s) {
        spec = s;
        s.usageMessage().footer(PlayName.examples(33, "./play author import notes/ecs.md", "writes drafts/<title>/",
                "./play author import notes/ecs.md --out drafts/ecs", "",
                "./play --story drafts/ecs", "play the draft"));
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int run(PrintWriter out, PrintWriter err) throws IOException {
        if (!Files.exists(note)) {
            err.println("compute-quest: no note at " + note + ". Give the path of a Markdown file, e.g. notes/ecs.md.");
            return 2;
        }
        if (!Files.isRegularFile(note)) {
            err.println("compute-quest: " + note + " is not a file. Give the path of one Markdown note.");
            return 2;
        }
        if (Files.size(note) > MAX_BYTES) {
            err.println("compute-quest: " + note + " is larger than 2 MB; that is not a study note.");
            return 2;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(note))).toString();
        } catch (CharacterCodingException e) {
            err.println("compute-quest: " + note + " is not UTF-8 text. Save the note as UTF-8 and try again.");
            return 2;
        }
        Draft draft;
        try {
            draft = NoteImporter.importNote(note.getFileName().toString(), text);
        } catch (ImportException e) {
            err.println("compute-quest: " + e.getMessage() + ".");
            return 2;
        }
        Path dir = outDir != null ? outDir : defaultDir(draft);
        Path story = StoryLocation.resolve(null);
        if (Files.isDirectory(story) && dir.toAbsolutePath().normalize().startsWith(story.toAbsolutePath().normalize())) {
            err.println("compute-quest: " + dir + " is inside the game's story folder (" + story + "). The game reads"
                    + " every .story file under it, so the draft's @story and @start would take over the course."
                    + " Write it elsewhere, e.g. --out drafts/" + dir.getFileName() + ", and play it with"
                    + " " + PlayName.command() + " --story drafts/" + dir.getFileName() + ".");
            return 2;
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            err.println("compute-quest: " + dir + " is a file, not a folder. Choose another --out.");
            return 2;
        }
        if (!force && hasStoryFiles(dir)) {
            err.println("compute-quest: " + dir + " already holds .story files. Pass --force to replace the draft,"
                    + " or choose another --out.");
            return 2;
        }
        Files.createDirectories(dir);
        if (force) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path old : s.filter(p -> p.toString().endsWith(StoryParser.EXTENSION)).toList()) {
                    Files.delete(old);
                }
            }
        }
        for (Map.Entry<String, String> f : draft.files().entrySet()) {
            Path file = dir.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
        }
        List<Diagnostic> problems = StoryValidator.check(StoryParser.parseDirectory(dir), SimVocab.INSTANCE);
        out.println("Wrote " + dir + " from " + note + ": " + draft.sceneIds().size() + " scenes ("
                + draft.quizzes() + " of them quiz questions), " + draft.glossary() + " glossary "
                + (draft.glossary() == 1 ? "entry" : "entries") + ".");
        for (String n : draft.notes()) {
            out.println("  note: " + n);
        }
        problems.forEach(d -> (d.isError() ? err : out).println("  " + d));
        if (StoryValidator.hasErrors(problems)) {
            err.println("compute-quest: the draft has errors; please report this with the note attached.");
            return 1;
        }
        out.println("Checked: 0 errors, " + problems.size() + " warning" + (problems.size() == 1 ? "" : "s") + ".");
        String play = PlayName.command();
        out.println("Play it:  " + play + " --story " + dir);
        out.println("Check it: " + play + " author check " + dir + "   (and " + play + " author test " + dir + ")");
        out.println("To finish it: rewrite the prose in the course's voice, replace each 'Draft hint', and finish or"
                + " delete each commented @goal.");
        return 0;
    }

    private static Path defaultDir(Draft draft) {
        String slug = draft.storyId().replaceFirst("^draft-", "");
        String home = System.getProperty("cq.home");
        return home != null ? Path.of(home, "drafts", slug) : Path.of("drafts", slug);
    }

    private static boolean hasStoryFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.toString().endsWith(StoryParser.EXTENSION));
        }
    }
}
