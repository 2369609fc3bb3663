package org.safemobility.eligibility.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.safemobility.eligibility.RuleSetException;

/**
 * The content hashes of the bundled rule set: {@code META-INF/safemobility-ruleset/ruleset.sha256},
 * written by the rules module's build ({@link #main}) and checked whenever the bundled rules load.
 *
 * <p>It lists, in {@code sha256sum} format ({@code <hex>  <path>}, paths from the class-path root,
 * so {@code sha256sum -c} checks an unpacked jar), every file of the rule set's manifest, the
 * manifest itself, the executable model's index and every class of the generated model: what is
 * hashed is what runs, not only the DRL it was compiled from. Loading refuses, with a
 * {@link RuleSetException}, a file whose content differs from its hash, a listed file that is
 * missing, a file of the rule set folder that is not listed, a manifest file that is not hashed,
 * a rule set found twice on the class path, and any of its files (the hash list included) found in
 * more than one place on the class path: the bundled rules are read from the rules jar alone, and a
 * folder ahead of it holding a changed table and a hash list to match is refused, not obeyed. This
 * detects corruption, tampering by anyone who cannot also rewrite the hash list, and a mix of two
 * builds; it is not a signature.
 *
 * <p>A rules folder has a hash list of the same format, {@code ruleset.sha256} beside its manifest,
 * with paths relative to the folder: {@code eligibility validate --rules DIR} writes it
 * ({@link #seal}) once the folder passed every check, and {@code ReloadableEngine} puts a folder to
 * use only if it matches ({@link #verifySealed}) and held still while it was built
 * ({@link #verifyUnchanged}).
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RuleSetIntegrity {

    /** The hash list, in the bundled rule set's folder. */
    public static final String HASHES = "ruleset.sha256";

    private RuleSetIntegrity() {
    }

    /** Build step: writes the hash list for the rule set under the class-path root {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Files.writeString(root.resolve(RuleSetFiles.BUNDLED_BASE + HASHES), hashList(root), StandardCharsets.UTF_8);
    }

    /** The hash list of the rule set under {@code root}, in {@code sha256sum} format, sorted by path. */
    static String hashList(Path root) throws IOException {
        TreeSet<String> paths = new TreeSet<>();
        String manifest = RuleSetFiles.BUNDLED_BASE + RuleSetFiles.MANIFEST;
        paths.add(manifest);
        for (String file : RuleSetFiles.manifestFiles(Files.readString(root.resolve(manifest), StandardCharsets.UTF_8))) {
            paths.add(RuleSetFiles.BUNDLED_BASE + file);
        }
        // Without a precompiled model there is no index and no class to hash (such a rule set is
        // refused when loaded: missing-model).
        if (!Files.isRegularFile(root.resolve(ExecutableModel.INDEX))) {
            return hashLines(root, paths);
        }
        paths.add(ExecutableModel.INDEX);
        // The model classes the index names and every class of their package they refer to, in
        // turn: what the engine can load. (kie-maven-plugin names each build's model anew, and an
        // incremental build leaves earlier builds' classes beside it, which nothing refers to.)
        java.util.ArrayDeque<String> pending = new java.util.ArrayDeque<>();
        for (String className : ExecutableModel.classNames(Files.readString(root.resolve(ExecutableModel.INDEX)))) {
            pending.add(className.replace('.', '/'));
        }
        while (!pending.isEmpty()) {
            String name = pending.poll();
            String pkg = name.substring(0, name.lastIndexOf('/') + 1);
            Path file = root.resolve(name + ".class");
            if (!Files.isRegularFile(file) || !paths.add(name + ".class")) {
                continue;
            }
            for (String utf8 : constantStrings(Files.readAllBytes(file))) {
                java.util.regex.Matcher m = java.util.regex.Pattern
                        .compile(java.util.regex.Pattern.quote(pkg) + "[A-Za-z0-9_$/]+").matcher(utf8);
                while (m.find()) {
                    pending.add(m.group());
                }
            }
        }
        return hashLines(root, paths);
    }

    private static String hashLines(Path root, TreeSet<String> paths) throws IOException {
        StringBuilder out = new StringBuilder();
        for (String path : paths) {
            out.append(sha256(Files.readAllBytes(root.resolve(path)))).append("  ").append(path).append('\n');
        }
        return out.toString();
    }

    /** The UTF-8 constants of a class file: every class, descriptor and name it mentions. */
    static List<String> constantStrings(byte[] classFile) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(classFile);
        b.position(8); // magic, minor and major version
        int count = Short.toUnsignedInt(b.getShort());
        List<String> out = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = Byte.toUnsignedInt(b.get());
            switch (tag) {
                case 1 -> {
                    byte[] utf8 = new byte[Short.toUnsignedInt(b.getShort())];
                    b.get(utf8);
                    out.add(new String(utf8, StandardCharsets.UTF_8));
                }
                case 7, 8, 16, 19, 20 -> b.position(b.position() + 2);
                case 15 -> b.position(b.position() + 3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> b.position(b.position() + 4);
                case 5, 6 -> {
                    b.position(b.position() + 8);
                    i++; // takes two slots
                }
                default -> throw new IllegalArgumentException("not a class file: constant tag " + tag);
            }
        }
        return out;
    }

    /**
     * Checks the bundled rule set that {@code loader} finds against its hash list.
     *
     * @param listed the files the manifest names, relative to the rule set's folder
     * @throws RuleSetException listing every problem found
     */
    static void verify(ClassLoader loader, List<String> listed) {
        String base = RuleSetFiles.BUNDLED_BASE;
        List<String> problems = new ArrayList<>();
        List<URL> copies;
        try {
            copies = places(loader, base + RuleSetFiles.MANIFEST);
        } catch (IOException e) {
            throw new RuleSetException(base + ": unreadable", e);
        }
        if (copies.size() > 1) {
            throw new RuleSetException(List.of(base + RuleSetFiles.MANIFEST + ":0: duplicate-ruleset: the bundled rule set is on "
                    + "the class path " + copies.size() + " times; keep one eligibility-rules jar"));
        }
        Map<String, String> hashes = parse(read(loader, base + HASHES), base + HASHES, problems);
        // Every file of the rule set comes from the one place the manifest is: a file found twice
        // (a folder ahead of the rules jar on the class path holding its own offices.csv and a hash
        // list to match) would otherwise change the rules in force without touching the jar.
        List<String> everyFile = new ArrayList<>(hashes.keySet());
        everyFile.add(base + HASHES);
        for (String path : everyFile) {
            int found = count(loader, path);
            if (found > 1) {
                problems.add(path + ":0: shadowed-file: found " + found + " times on the class path; the rule set is "
                        + "read from the eligibility-rules jar alone, so nothing else may hold its files");
            }
        }
        for (Map.Entry<String, String> e : hashes.entrySet()) {
            byte[] content = read(loader, e.getKey());
            if (content == null) {
                problems.add(e.getKey() + ":0: missing-file: listed in " + HASHES + " but not on the class path");
            } else if (!sha256(content).equals(e.getValue())) {
                problems.add(e.getKey() + ":0: tampered-file: its content differs from its hash in " + HASHES);
            }
        }
        List<String> mustBeHashed = new ArrayList<>();
        mustBeHashed.add(base + RuleSetFiles.MANIFEST);
        if (loader.getResource(ExecutableModel.INDEX) != null) {
            // Present, it must be hashed; listed in the hashes but gone, it is reported missing above.
            mustBeHashed.add(ExecutableModel.INDEX);
        }
        listed.forEach(f -> mustBeHashed.add(base + f));
        for (String path : mustBeHashed) {
            if (!hashes.containsKey(path)) {
                problems.add(path + ":0: unhashed-file: part of the rule set but not listed in " + HASHES);
            }
        }
        if (copies.size() == 1) {
            for (String path : folder(copies.get(0), base)) {
                if (!hashes.containsKey(path) && !path.equals(base + HASHES)) {
                    problems.add(path + ":0: extra-file: in the rule set folder but not in " + HASHES);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
    }

    private static int count(ClassLoader loader, String resource) {
        try {
            return places(loader, resource).size();
        } catch (IOException e) {
            throw new RuleSetException(resource + ": unreadable", e);
        }
    }

    /**
     * The distinct places {@code resource} is found: a class loader chain that names the same jar
     * twice (a parent and a child loader both given it) answers with the same URL twice, which is one
     * copy, not a second rule set.
     */
    private static List<URL> places(ClassLoader loader, String resource) throws IOException {
        Map<String, URL> distinct = new java.util.LinkedHashMap<>();
        for (URL url : Collections.list(loader.getResources(resource))) {
            distinct.putIfAbsent(url.toExternalForm(), url);
        }
        return new ArrayList<>(distinct.values());
    }

    private static Map<String, String> parse(byte[] list, String file, List<String> problems) {
        Map<String, String> hashes = new LinkedHashMap<>();
        if (list == null) {
            problems.add(file + ":0: missing-hashes: the rule set has no hash list; "
                    + (file.equals(HASHES) ? "'eligibility validate --rules DIR' writes it" : "the build writes it"));
            return hashes;
        }
        String[] lines = new String(list, StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (!line.matches("[0-9a-f]{64}  [A-Za-z0-9._$/-]+")) {
                problems.add(file + ":" + (i + 1) + ": malformed-hashes: not '<sha-256>  <path>'");
                continue;
            }
            hashes.put(line.substring(66), line.substring(0, 64));
        }
        return hashes;
    }

    // --- a rules folder -------------------------------------------------------------------------

    /**
     * The hash list of a rules folder as it was read: its manifest and every file the manifest
     * names, paths relative to the folder, in the format of the bundled rules' list (so
     * {@code sha256sum -c ruleset.sha256} checks the folder).
     */
    public static String folderHashList(RuleSetFiles files) {
        TreeSet<String> paths = new TreeSet<>(files.files());
        paths.add(RuleSetFiles.MANIFEST);
        StringBuilder out = new StringBuilder();
        for (String path : paths) {
            byte[] content = path.equals(RuleSetFiles.MANIFEST) ? files.manifestBytes() : files.read(path);
            out.append(sha256(content)).append("  ").append(path).append('\n');
        }
        return out.toString();
    }

    /**
     * Writes the hash list of {@code files} into their folder (replacing the file in one move, so a
     * reader never sees half of it). {@code eligibility validate} calls this once a folder passed
     * every check: the hash list seals what was checked.
     *
     * @return the file written
     */
    public static Path seal(RuleSetFiles files) {
        Path folder = java.util.Objects.requireNonNull(files.folder(), "the bundled rule set is sealed by its build");
        Path target = folder.resolve(HASHES);
        try {
            Path temp = Files.createTempFile(folder, "." + HASHES, ".tmp");
            try {
                Files.writeString(temp, folderHashList(files), StandardCharsets.UTF_8);
                Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new RuleSetException(List.of(HASHES + ":0: unwritable: " + e.getClass().getSimpleName()));
        }
        return target;
    }

    /**
     * Checks a rules folder, as read, against the hash list read with it: every file of the
     * manifest (and the manifest) listed with the hash of the bytes read, nothing else listed. A
     * folder without a hash list was never validated, or was changed and not validated again.
     *
     * @throws RuleSetException listing every difference
     */
    public static void verifySealed(RuleSetFiles files) {
        List<String> problems = new ArrayList<>();
        Map<String, String> listed = parse(files.hashList(), HASHES, problems);
        if (problems.isEmpty()) {
            Map<String, String> actual = new LinkedHashMap<>();
            for (String line : folderHashList(files).split("\n")) {
                actual.put(line.substring(66), line.substring(0, 64));
            }
            for (Map.Entry<String, String> e : actual.entrySet()) {
                String hash = listed.get(e.getKey());
                if (hash == null) {
                    problems.add(e.getKey() + ":0: unhashed-file: part of the rule set but not listed in " + HASHES
                            + "; validate the folder again");
                } else if (!hash.equals(e.getValue())) {
                    problems.add(e.getKey() + ":0: changed-file: its content differs from its hash in " + HASHES
                            + " (changed since it was validated); validate the folder again");
                }
            }
            for (String path : listed.keySet()) {
                if (!actual.containsKey(path)) {
                    problems.add(path + ":0: unlisted-file: in " + HASHES + " but not in " + RuleSetFiles.MANIFEST
                            + "; validate the folder again");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
    }

    /**
     * Reads the folder of {@code loaded} again and refuses it if anything (manifest, a file, the
     * hash list) differs from what was read before: a rule set is only put to use if the folder held
     * still while it was checked and built.
     *
     * @throws RuleSetException naming each file that changed
     */
    public static void verifyUnchanged(RuleSetFiles loaded) {
        RuleSetFiles now;
        try {
            now = RuleSetFiles.folder(loaded.folder());
        } catch (RuleSetException e) {
            List<String> problems = new ArrayList<>();
            problems.add(RuleSetFiles.MANIFEST + ":0: changed-while-loading: the folder changed while it was loaded");
            problems.addAll(e.problems());
            throw new RuleSetException(problems);
        }
        List<String> problems = new ArrayList<>();
        if (!java.util.Arrays.equals(loaded.manifestBytes(), now.manifestBytes())) {
            problems.add(RuleSetFiles.MANIFEST + ":0: changed-while-loading: changed while the rule set was loaded");
        } else {
            for (String file : loaded.files()) {
                if (!java.util.Arrays.equals(loaded.read(file), now.read(file))) {
                    problems.add(file + ":0: changed-while-loading: changed while the rule set was loaded");
                }
            }
        }
        if (!java.util.Arrays.equals(loaded.hashList(), now.hashList())) {
            problems.add(HASHES + ":0: changed-while-loading: changed while the rule set was loaded");
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
    }

    /** Every file under {@code base} in the class-path root that holds {@code manifest}. */
    private static List<String> folder(URL manifest, String base) {
        List<String> out = new ArrayList<>();
        try {
            if (manifest.getProtocol().equals("file")) {
                Path dir = Path.of(manifest.toURI()).getParent();
                Path root = dir;
                for (String part : base.split("/")) {
                    if (!part.isEmpty()) {
                        root = root.getParent();
                    }
                }
                Path classPathRoot = root;
                try (Stream<Path> files = Files.walk(dir)) {
                    files.filter(Files::isRegularFile)
                            .forEach(p -> out.add(classPathRoot.relativize(p).toString().replace('\\', '/')));
                }
            } else if (manifest.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) manifest.openConnection();
                JarFile jar = connection.getJarFile();
                for (JarEntry entry : Collections.list(jar.entries())) {
                    if (!entry.isDirectory() && entry.getName().startsWith(base)) {
                        out.add(entry.getName());
                    }
                }
            } else {
                throw new RuleSetException(List.of(base + ":0: unlistable-ruleset: the rule set folder cannot be listed "
                        + "from a '" + manifest.getProtocol() + "' URL, so an extra file could not be detected"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static byte[] read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new RuleSetException(resource + ": unreadable", e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
