package computequest.app;

import computequest.save.SaveStore;
import computequest.save.SavesTable;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code ./play saves}: lists the saves with chapter, progress, time played and date; bad files are marked. */
@Command(name = "saves", mixinStandardHelpOptions = true,
        description = "List your saves: name, chapter, progress, time played and when last played.")
final class SavesCommand implements Callable<Integer> {

    @Option(names = "--saves", paramLabel = "DIR",
            description = "The saves folder (default: saves/ in the game's folder).")
    Path dir;

    @ParentCommand
    Main parent;

    private final PrintStream out;
    private final PrintStream err;

    SavesCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Path d = dir != null ? dir : parent != null && parent.savesDir != null ? parent.savesDir : SaveStore.defaultDir();
        if ((dir != null || parent != null && parent.savesDir != null) && !java.nio.file.Files.exists(d)) {
            err.println("compute-quest: there is no folder " + d + ", so no saves there. Check the folder given to"
                    + " --saves (the game creates it on its first save).");
            return 2;
        }
        SaveStore store = new SaveStore(d);
        List<SaveStore.Entry> entries = store.list();
        out.println(SavesTable.render(store, entries, ZoneId.systemDefault(), play(d)));
        out.flush();
        return 0;
    }

    /** The command that resumes a save from {@code dir}: with {@code --saves DIR} unless it is the default folder. */
    static String play(Path dir) {
        boolean usual = dir.toAbsolutePath().normalize().equals(SaveStore.defaultDir().toAbsolutePath().normalize());
        return PlayName.command() + (usual ? "" : " --saves " + PlayName.shellWord(dir.toString()));
    }
}
