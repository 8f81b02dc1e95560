package computequest.app;

import computequest.save.SaveException;
import computequest.save.SaveFile;
import computequest.save.SaveStore;
import java.util.List;

/**
 * The saves folder as a start reads it, read without the story, so that it can overlap the story's parse: every
 * save's header and, for {@code --continue} or {@code --load NAME}, the save that will be resumed, decoded. {@link
 * Resumption} then asks this instead of the folder; anything not read here is read from the folder as before.
 *
 * @param all   every save (headers only), or null when {@code --load} names one and no listing is needed
 * @param name  the save decoded here, or null
 * @param save  that save, or null when it failed to load
 * @param error why it failed to load, or null
 */
record SaveScan(List<SaveStore.Entry> all, String name, SaveFile save, SaveException error) {

    /** Nothing read ahead: every question goes to the folder. */
    static final SaveScan NONE = new SaveScan(null, null, null, null);

    /** Reads what {@link Resumption#choose} will need for these options. */
    static SaveScan read(SaveStore store, boolean latest, String name) {
        if (latest && name != null) {
            return NONE; // refused before anything is read
        }
        if (name != null) {
            return loaded(store, null, name);
        }
        List<SaveStore.Entry> all = store.list();
        if (latest) {
            for (SaveStore.Entry e : all) {
                if (e.ok()) {
                    return loaded(store, all, e.name());
                }
            }
        }
        return new SaveScan(all, null, null, null);
    }

    private static SaveScan loaded(SaveStore store, List<SaveStore.Entry> all, String name) {
        try {
            return new SaveScan(all, name, store.load(name), null);
        } catch (SaveException e) {
            return new SaveScan(all, name, null, e);
        }
    }

    /** The listing, as read here or from the folder now. */
    List<SaveStore.Entry> list(SaveStore store) {
        return all != null ? all : store.list();
    }

    /** The save called {@code n}, as decoded here or from the folder now; fails as loading it would. */
    SaveFile load(SaveStore store, String n) throws SaveException {
        if (n.equals(name)) {
            if (error != null) {
                throw error;
            }
            return save;
        }
        return store.load(n);
    }
}
