package org.safemobility.eligibility.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.safemobility.eligibility.RuleSetException;

/**
 * The files of a rule set, read from the classpath under a base path. The manifest names them,
 * so the content hash covers exactly the files that make the rule set.
 */
public final class RuleSetFiles {

    public static final String BUNDLED_BASE = "META-INF/safemobility-ruleset/";
    static final String MANIFEST = "ruleset.manifest";

    private final ClassLoader loader;
    private final String base;
    private final String name;
    private final List<String> files;

    private RuleSetFiles(ClassLoader loader, String base, String name, List<String> files) {
        this.loader = loader;
        this.base = base;
        this.name = name;
        this.files = List.copyOf(files);
    }

    /** The bundled rule set, found through {@code loader}. */
    public static RuleSetFiles bundled(ClassLoader loader) {
        String manifest = new String(read(loader, BUNDLED_BASE + MANIFEST), StandardCharsets.UTF_8);
        String name = null;
        for (String raw : manifest.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("name=")) {
                name = line.substring("name=".length()).strip();
            }
        }
        List<String> files = manifestFiles(manifest);
        if (name == null || files.isEmpty()) {
            throw new RuleSetException(List.of(MANIFEST + ":1: manifest: needs a name= line and at least one file"));
        }
        if (!RuleSet.printable(name) || !files.stream().allMatch(RuleSet::printable)) {
            throw new RuleSetException(List.of(MANIFEST + ":1: manifest: names must be printable, without line breaks"));
        }
        // before anything of the rule set is read, parsed or loaded (a model class runs code when loaded)
        RuleSetIntegrity.verify(loader, files);
        return new RuleSetFiles(loader, BUNDLED_BASE, name, files);
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

    /** The bytes of one file of the rule set. */
    public byte[] read(String file) {
        return read(loader, base + file);
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
