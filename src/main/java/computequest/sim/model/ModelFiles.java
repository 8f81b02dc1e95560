package computequest.sim.model;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the model files from where this class was loaded: the jar, read with {@link ZipFile} (an entry's size is
 * known, so its bytes are read once into an array of that size), or the classes folder of a build. Either is a few
 * times cheaper than {@code getResourceAsStream}, whose first call builds a URL connection and asks every module of
 * the JDK for the name, which a command the player types at start would wait for; that stays the fallback.
 */
final class ModelFiles {

    static final String DIR = "computequest/sim/model/";

    private ModelFiles() {
    }

    /** Where the classes came from: the jar, opened once (the JDK shares the class loader's handle on it). */
    private static final class Origin {
        static final ZipFile JAR;
        static final Path FOLDER;

        static {
            Path where = null;
            try {
                CodeSource cs = ModelFiles.class.getProtectionDomain().getCodeSource();
                where = cs == null ? null : Path.of(cs.getLocation().toURI());
            } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
                where = null;
            }
            ZipFile jar = null;
            if (where != null && Files.isRegularFile(where)) {
                try {
                    jar = new ZipFile(where.toFile());
                } catch (IOException e) {
                    jar = null;
                }
            }
            JAR = jar;
            FOLDER = where != null && Files.isDirectory(where.resolve(DIR)) ? where.resolve(DIR) : null;
        }
    }

    /** The bytes of a file of the model folder, such as {@code ec2/shapes-3.json}. */
    static byte[] read(String file) {
        try {
            if (Origin.JAR != null) {
                ZipEntry e = Origin.JAR.getEntry(DIR + file);
                if (e != null && e.getSize() >= 0 && e.getSize() < Integer.MAX_VALUE) {
                    try (InputStream in = Origin.JAR.getInputStream(e)) {
                        return in.readNBytes((int) e.getSize());
                    }
                }
            } else if (Origin.FOLDER != null) {
                Path p = Origin.FOLDER.resolve(file.replace('/', File.separatorChar));
                if (Files.isRegularFile(p)) {
                    return Files.readAllBytes(p);
                }
            }
            try (InputStream in = ModelFiles.class.getResourceAsStream("/" + DIR + file)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource /" + DIR + file + " (run src/tools/genmodels.py)");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
