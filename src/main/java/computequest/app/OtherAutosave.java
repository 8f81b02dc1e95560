package computequest.app;

import computequest.engine.Event;
import computequest.save.SaveException;
import computequest.save.SaveStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Before a session first writes the autosave: an autosave of another game (one created at another time, or one that
 * does not read) is kept under a dated name, {@code autosave-YYYY-MM-DD-HHMM}, so a new game never replaces a save.
 */
final class OtherAutosave {

    static final DateTimeFormatter KEPT = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    private final SaveStore store;
    private final Clock clock;
    private boolean checked;
    private String keptAs;

    OtherAutosave(SaveStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Keeps the autosave aside unless it is this game's ({@code created} when this game began). */
    void keep(Instant created) throws SaveException {
        if (checked) {
            return;
        }
        Path old = store.file(SaveStore.AUTOSAVE);
        if (!Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)) {
            checked = true;
            return;
        }
        Optional<SaveStore.Entry> entry = store.list().stream()
                .filter(e -> e.name().equals(SaveStore.AUTOSAVE)).findFirst();
        if (entry.isPresent() && entry.get().ok() && created.equals(entry.get().header().created())) {
            checked = true;
            return;
        }
        // Named after when that game was last played (the save's own date), not the moment it is kept aside.
        Instant when = entry.isPresent() && entry.get().ok() && entry.get().header().lastPlayed() != null
                ? entry.get().header().lastPlayed() : clock.instant();
        String base = SaveStore.AUTOSAVE + "-" + KEPT.format(when.atZone(clock.getZone()));
        String name = base;
        for (int i = 2; Files.exists(store.file(name), LinkOption.NOFOLLOW_LINKS); i++) {
            name = base + "-" + i;
        }
        try {
            Files.copy(old, store.file(name), StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new SaveException(old, "could not be kept as '" + name + "' before this game's first autosave ("
                    + e.getMessage() + "), so it was not replaced.");
        }
        checked = true;
        keptAs = name;
    }

    /**
     * The name the earlier game's autosave was kept under, once, for the player to be told; {@code options} are the
     * command line's options that name this saves folder, so the way back can be typed as it is.
     */
    List<Event.Feedback> note(String options) {
        if (keptAs == null) {
            return List.of();
        }
        String name = keptAs;
        keptAs = null;
        return List.of(Event.info("Your earlier autosave is kept as '" + name + "': 'load " + name
                + "' (or " + PlayName.command() + options + " --load " + PlayName.shellWord(name)
                + ") goes back to it."));
    }
}
