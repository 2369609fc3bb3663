package org.safemobility.eligibility.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.safemobility.eligibility.RuleSetException;

/**
 * The files of a rule set: the bundled one, read from the class path under a base path, or one
 * read from a folder on disk. The manifest names them, so the content hash covers exactly the
 * files that make the rule set. A folder is read once, whole, when this is made: the version hash,
 * the linter, the compiler and the tables all see the same bytes even if an analyst saves a file
 * while the rule set is being built.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RuleSetFiles {

    public static final String BUNDLED_BASE = "META-INF/safemobility-ruleset/";
    public static final String MANIFEST = "ruleset.manifest";

    private final ClassLoader loader;
    private final Path folder;
    private final String name;
    private final List<String> files;
    private final Map<String, byte[]> snapshot;
    /** A folder's manifest and hash list as read with the rest (the hash list {@code null} when absent). */
    private final byte[] manifest;
    private final byte[] hashList;

    private RuleSetFiles(ClassLoader loader, Path folder, String name, List<String> files, Map<String, byte[]> snapshot,
                         byte[] manifest, byte[] hashList) {
        this.loader = loader;
        this.folder = folder;
        this.name = name;
        this.files = List.copyOf(files);
        this.snapshot = snapshot;
        this.manifest = manifest;
        this.hashList = hashList;
    }

    /** The bundled rule set, found through {@code loader}. */
    public static RuleSetFiles bundled(ClassLoader loader) {
        String manifest = new String(read(loader, BUNDLED_BASE + MANIFEST), StandardCharsets.UTF_8);
        String name = manifestName(manifest);
        List<String> files = manifestFiles(manifest);
        checkManifest(name, files);
        // before anything of the rule set is read, parsed or loaded (a model class runs code when loaded)
        RuleSetIntegrity.verify(loader, files);
        return new RuleSetFiles(loader, null, name, files, null, null, null);
    }

    /**
     * The rule set in {@code folder}: its {@value #MANIFEST} and every file it names, read now. A
     * manifest entry must be a relative path inside the folder.
     *
     * @throws RuleSetException when the folder, its manifest or a file it names cannot be read
     */
    public static RuleSetFiles folder(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new RuleSetException(List.of(folder + ":0: missing-folder: not a readable folder"));
        }
        byte[] manifestBytes = readFile(root, MANIFEST);
        String manifest = new String(manifestBytes, StandardCharsets.UTF_8);
        String name = manifestName(manifest);
        List<String> files = manifestFiles(manifest);
        checkManifest(name, files);
        List<String> problems = new ArrayList<>();
        Map<String, byte[]> snapshot = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            String file = files.get(i);
            Path path = root.resolve(file).normalize();
            if (file.contains("\\") || Path.of(file).isAbsolute() || !path.startsWith(root) || path.equals(root)) {
                problems.add(MANIFEST + ":" + manifestLine(manifest, file) + ": bad-path: '" + file
                        + "' is not a relative path inside the rules folder");
                continue;
            }
            try {
                if (!path.toRealPath().startsWith(root.toRealPath())) {
                    problems.add(MANIFEST + ":" + manifestLine(manifest, file) + ": bad-path: '" + file
                            + "' leads out of the rules folder through a link");
                    continue;
                }
                snapshot.put(file, Files.readAllBytes(path));
            } catch (NoSuchFileException e) {
                problems.add(file + ":0: missing-file: named in " + MANIFEST + " but not in the folder");
            } catch (IOException e) {
                problems.add(file + ":0: unreadable: " + e.getClass().getSimpleName());
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        byte[] hashList;
        try {
            // read with the rest, so that it is compared with the bytes it is meant to describe
            hashList = Files.readAllBytes(root.resolve(RuleSetIntegrity.HASHES));
        } catch (NoSuchFileException e) {
            hashList = null;
        } catch (IOException e) {
            throw new RuleSetException(List.of(RuleSetIntegrity.HASHES + ":0: unreadable: " + e.getClass().getSimpleName()));
        }
        return new RuleSetFiles(null, root, name, files, snapshot, manifestBytes, hashList);
    }

    private static void checkManifest(String name, List<String> files) {
        if (name == null || files.isEmpty()) {
            throw new RuleSetException(List.of(MANIFEST + ":1: manifest: needs a name= line and at least one file"));
        }
        if (!RuleSet.printable(name) || !files.stream().allMatch(RuleSet::printable)) {
            throw new RuleSetException(List.of(MANIFEST + ":1: manifest: names must be printable, without line breaks"));
        }
    }

    private static String manifestName(String manifest) {
        String name = null;
        for (String raw : manifest.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("name=")) {
                name = line.substring("name=".length()).strip();
            }
        }
        return name;
    }

    private static int manifestLine(String manifest, String file) {
        String[] lines = manifest.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals(file)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The files a manifest names, in its order. */
    static List<String> manifestFiles(String manifest) {
        List<String> files = new ArrayList<>();
        for (String raw : manifest.split("\n")) {
            String line = raw.strip();
            if (!line.isEmpty() && !line.startsWith("#") && !line.startsWith("name=")) {
                files.add(line);
            }
        }
        return files;
    }

    /** The rule set's name from its manifest. */
    public String name() {
        return name;
    }

    /** The files, in manifest order, relative to the rule set's folder. */
    public List<String> files() {
        return files;
    }

    /** The folder this rule set was read from, or {@code null} for the bundled rule set. */
    public Path folder() {
        return folder;
    }

    /** A folder's {@value #MANIFEST} as read, or {@code null} for the bundled rule set. */
    byte[] manifestBytes() {
        return manifest == null ? null : manifest.clone();
    }

    /**
     * A folder's hash list ({@code ruleset.sha256}) as read with its files, or {@code null} when the
     * folder has none (or for the bundled rule set, whose hash list is checked when it is found).
     */
    byte[] hashList() {
        return hashList == null ? null : hashList.clone();
    }

    /** The bytes of one file of the rule set. */
    public byte[] read(String file) {
        if (snapshot != null) {
            byte[] bytes = snapshot.get(file);
            if (bytes == null) {
                throw new RuleSetException(List.of(file + ":0: missing-file: not named in " + MANIFEST));
            }
            return bytes.clone();
        }
        return read(loader, BUNDLED_BASE + file);
    }

    private static byte[] readFile(Path root, String file) {
        try {
            return Files.readAllBytes(root.resolve(file));
        } catch (NoSuchFileException e) {
            throw new RuleSetException(List.of(file + ":0: missing-file: a rules folder needs its " + MANIFEST));
        } catch (IOException e) {
            throw new RuleSetException(List.of(file + ":0: unreadable: " + e.getClass().getSimpleName()));
        }
    }

    private static byte[] read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RuleSetException(List.of(resource + ":0: missing-file: not found on the classpath"));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new RuleSetException(resource + ": unreadable", e);
        }
    }
}
