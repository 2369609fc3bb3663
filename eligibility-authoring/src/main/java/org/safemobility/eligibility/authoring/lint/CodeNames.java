package org.safemobility.eligibility.authoring.lint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the code of a rule (constraints, consequences, attribute expressions) may name, and why
 * the rest is refused. Rules decide from their facts and the reference tables only: anything that
 * reaches the JVM, the file system, the network, the clock or reflection would make a screening
 * depend on the machine it runs on, or let a rules folder run arbitrary code inside the engine.
 */
final class CodeNames {

    /** Packages a rule may import from or name fully qualified (and their subpackages). */
    static final List<String> ALLOWED_PACKAGES = List.of(
            "org.safemobility.eligibility.facts", "org.safemobility.eligibility.model", "java.time");

    /** The fact model's packages share this prefix; their classes may have any name. */
    static final String FACT_MODEL = "org.safemobility.eligibility.";

    /** First segments of fully-qualified names; a dotted name that starts with one is checked. */
    static final Set<String> PACKAGE_ROOTS = Set.of(
            "java", "javax", "jdk", "sun", "com", "org", "net", "io", "jakarta", "kotlin", "scala", "groovy");

    static final String SYSTEM = "reaches the JVM or the operating system";
    static final String THREADS = "starts or coordinates threads, which the engine owns";
    static final String REFLECTION = "reflection goes around the fact model";
    static final String IO = "file or stream I/O; rules read only their facts and the reference tables";
    static final String NETWORK = "networking; rules read only their facts and the reference tables";
    static final String CLOCK = "reads the wall clock; compare with the evaluation date ($s.date()) instead";
    static final String RANDOM = "random numbers make a screening irreproducible";
    static final String PROPERTY = "reads a system property, which differs from machine to machine";

    /** Type names (and the keyword {@code synchronized}) refused wherever they appear as code. */
    static final Map<String, String> TYPES;

    /** Method names refused when called ({@code name(}). */
    static final Map<String, String> METHODS;

    static {
        Map<String, String> types = new HashMap<>();
        Map<String, String> methods = new HashMap<>();
        put(types, SYSTEM, "System", "Runtime", "Process", "ProcessBuilder", "ProcessHandle", "SecurityManager");
        put(types, THREADS, "Thread", "ThreadGroup", "ThreadLocal", "InheritableThreadLocal", "Executors",
                "ExecutorService", "ForkJoinPool", "CompletableFuture", "Timer", "synchronized");
        put(types, REFLECTION, "Class", "ClassLoader", "Module", "ModuleLayer", "StackWalker", "MethodHandles",
                "MethodHandle", "Method", "Field", "Constructor", "Proxy", "AccessibleObject");
        put(types, IO, "File", "Files", "Path", "Paths", "FileSystem", "FileSystems", "FileInputStream",
                "FileOutputStream", "FileReader", "FileWriter", "RandomAccessFile", "InputStream", "OutputStream",
                "Reader", "Writer", "PrintStream", "PrintWriter", "BufferedReader", "BufferedWriter", "Console",
                "ObjectInputStream", "ObjectOutputStream");
        put(types, NETWORK, "Socket", "ServerSocket", "DatagramSocket", "URL", "URI", "URLConnection",
                "HttpURLConnection", "HttpClient", "HttpRequest", "InetAddress", "SocketChannel");
        put(types, CLOCK, "Clock", "InstantSource");
        put(types, RANDOM, "Random", "SecureRandom", "ThreadLocalRandom", "SplittableRandom", "UUID");

        put(methods, REFLECTION, "getClass", "forName", "getDeclaredMethod", "getDeclaredMethods",
                "getDeclaredField", "getDeclaredFields", "getDeclaredConstructor", "getDeclaredConstructors",
                "getMethod", "getMethods", "getField", "getFields", "getConstructor", "getConstructors",
                "setAccessible", "newInstance", "getClassLoader", "getContextClassLoader", "loadClass", "getModule");
        put(methods, IO, "getResource", "getResourceAsStream", "getResources");
        put(methods, THREADS, "wait", "notify", "notifyAll");
        TYPES = Map.copyOf(types);
        METHODS = Map.copyOf(methods);
    }

    private CodeNames() {
    }

    private static void put(Map<String, String> map, String reason, String... names) {
        for (String name : names) {
            map.put(name, reason);
        }
    }

    /** Whether {@code qualified} (a class, or a class and member) lies in an allowed package. */
    static boolean allowedQualified(String qualified) {
        for (String pkg : ALLOWED_PACKAGES) {
            if (qualified.startsWith(pkg + ".")) {
                return true;
            }
        }
        return false;
    }
}
