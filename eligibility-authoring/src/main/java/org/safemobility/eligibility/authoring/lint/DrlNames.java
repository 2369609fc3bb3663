package org.safemobility.eligibility.authoring.lint;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.safemobility.eligibility.authoring.Problem;
import org.safemobility.eligibility.authoring.lint.DrlLexer.Kind;
import org.safemobility.eligibility.authoring.lint.DrlLexer.Token;

/**
 * Resolves the names a rule uses against the fact model, by reflection on the classes its file
 * imports, so that a misspelt field or method is reported at its line and column in the analyst's
 * words ({@code no field `ofice` on Screening; did you mean `office`?}), not by the compiler at
 * the rule's first line or in an MVEL trace at line 0.
 *
 * <p>Best effort, and it never refuses what compiles: it follows only what it can type for sure
 * (pattern types, bindings, globals, imported classes, locals declared with a type, and calls
 * whose every overload returns the same concrete class) and stops at anything else: a generic
 * result, {@code Object}, a map, an unknown name.
 */
final class DrlNames {

    /** Words of the constraint language that are not fields. */
    private static final Set<String> KEYWORDS = Set.of("this", "null", "true", "false", "empty", "nil", "matches",
            "contains", "excludes", "memberOf", "soundslike", "str", "in", "not", "instanceof", "new", "from",
            "over", "and", "or", "exists", "forall", "accumulate", "collect", "eval", "entry-point", "window",
            "after", "before", "coincides", "during", "finishes", "finishedby", "includes", "meets", "metby",
            "overlaps", "overlappedby", "starts", "startedby", "init", "action", "reverse", "result");

    /** Methods every object has, never suggested. */
    private static final Set<String> OBJECT_METHODS = Set.of("getClass", "hashCode", "equals", "toString", "notify",
            "notifyAll", "wait");

    private final String file;
    private final List<Token> tokens;
    private final ClassLoader loader;
    private final Collection<Problem> out;
    private final Map<String, Class<?>> types = new HashMap<>();
    private final Map<String, Class<?>> globals = new HashMap<>();
    private final List<String> wildcards = new ArrayList<>();

    private DrlNames(String file, List<Token> tokens, ClassLoader loader, Collection<Problem> out) {
        this.file = file;
        this.tokens = tokens;
        this.loader = loader;
        this.out = out;
    }

    /** Checks the names of every complete rule of the file, adding each problem to {@code out}. */
    static void check(String file, List<Token> tokens, List<RuleBlocks.Block> blocks, ClassLoader loader,
            Collection<Problem> out) {
        DrlNames names = new DrlNames(file, tokens, loader, out);
        names.declarations();
        for (RuleBlocks.Block block : blocks) {
            if (block.when() >= 0 && block.then() > block.when()) {
                Map<String, Class<?>> bindings = new HashMap<>();
                names.conditions(block.when() + 1, block.then(), bindings);
                names.consequence(block.then() + 1, block.end(), bindings);
            }
        }
    }

    // -- imports and globals ----------------------------------------------------------------------

    private void declarations() {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean first = i == 0 || tokens.get(i - 1).line() < t.line();
            if (!first || t.kind() != Kind.IDENT) {
                continue;
            }
            if (t.text().equals("import") && i + 1 < tokens.size() && tokens.get(i + 1).kind() == Kind.IDENT
                    && !Set.of("static", "function", "accumulate").contains(tokens.get(i + 1).text())) {
                StringBuilder name = new StringBuilder();
                int j = i + 1;
                while (j < tokens.size() && (tokens.get(j).kind() == Kind.IDENT || tokens.get(j).is(".")
                        || tokens.get(j).is("*")) && tokens.get(j).line() == t.line()) {
                    name.append(tokens.get(j).text());
                    j++;
                }
                String qualified = name.toString();
                if (!CodeNames.allowedQualified(qualified)) {
                    continue; // refused by the import check; never loaded
                }
                if (qualified.endsWith(".*")) {
                    wildcards.add(qualified.substring(0, qualified.length() - 1));
                } else {
                    Class<?> type = load(qualified);
                    if (type != null) {
                        types.put(type.getSimpleName(), type);
                    }
                }
            } else if (t.text().equals("global") && i + 2 < tokens.size()) {
                int j = i + 1;
                StringBuilder type = new StringBuilder(tokens.get(j).text());
                while (j + 2 < tokens.size() && tokens.get(j + 1).is(".")) {
                    type.append('.').append(tokens.get(j + 2).text());
                    j += 2;
                }
                if (j + 1 < tokens.size() && tokens.get(j + 1).kind() == Kind.IDENT) {
                    Class<?> resolved = type.indexOf(".") >= 0 && CodeNames.allowedQualified(type.toString())
                            ? load(type.toString()) : type(type.toString());
                    if (resolved != null) {
                        globals.put(tokens.get(j + 1).text(), resolved);
                    }
                }
            }
        }
    }

    private Class<?> load(String qualified) {
        try {
            return Class.forName(qualified, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** The class a simple name stands for in this file, or {@code null} when it is not known for sure. */
    private Class<?> type(String simple) {
        if (simple.isEmpty() || !Character.isUpperCase(simple.charAt(0))) {
            return null;
        }
        Class<?> type = types.get(simple);
        if (type == null) {
            for (String pkg : wildcards) {
                type = load(pkg + simple);
                if (type != null) {
                    break;
                }
            }
        }
        if (type == null && Set.of("String", "Math", "Integer", "Long", "Boolean", "Character").contains(simple)) {
            type = load("java.lang." + simple);
        }
        if (type != null) {
            types.put(simple, type);
        }
        return type;
    }

    // -- conditions -------------------------------------------------------------------------------

    /** The conditions: patterns {@code Type( constraints )} and chains such as {@code from $s.offers}. */
    private void conditions(int from, int to, Map<String, Class<?>> bindings) {
        int i = from;
        while (i < to) {
            Token t = tokens.get(i);
            Token prev = tokens.get(i - 1);
            if (t.kind() == Kind.IDENT && !prev.is(".") && !prev.is("new") && i + 1 < to && tokens.get(i + 1).is("(")
                    && type(t.text()) != null) {
                Class<?> pattern = type(t.text());
                int close = close(i + 1, to);
                if (prev.is(":") && i >= 2 && tokens.get(i - 2).kind() == Kind.IDENT) {
                    bindings.put(tokens.get(i - 2).text(), pattern);
                }
                constraints(i + 2, close, pattern, bindings);
                i = close + 1;
            } else {
                if (t.kind() == Kind.IDENT && !prev.is(".")) {
                    root(i, to, bindings, true);
                }
                i++;
            }
        }
    }

    /** The constraints of a pattern of {@code type}: its bare names are fields of the fact. */
    private void constraints(int from, int to, Class<?> type, Map<String, Class<?>> bindings) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.IDENT) {
                continue;
            }
            Token prev = tokens.get(i - 1);
            Token next = i + 1 < to ? tokens.get(i + 1) : null;
            if (prev.is(".")) {
                continue; // a link of a chain, checked with its root
            }
            if (root(i, to, bindings, true)) {
                continue;
            }
            boolean operand = prev.kind() == Kind.PUNCT && !prev.is(")") && !prev.is("]") && !prev.is("#");
            if (!operand || KEYWORDS.contains(t.text()) || t.text().startsWith("$")
                    || Character.isUpperCase(t.text().charAt(0)) || globals.containsKey(t.text())
                    || (next != null && next.is(":"))) {
                continue;
            }
            Class<?> fieldType = member(i, to, type, false, true);
            if (prev.is(":") && i >= 2 && tokens.get(i - 2).kind() == Kind.IDENT && fieldType != null) {
                bindings.put(tokens.get(i - 2).text(), fieldType);
            }
        }
    }

    // -- consequence ------------------------------------------------------------------------------

    /** The consequence, in Java: chains from bindings, globals, imported classes and typed locals. */
    private void consequence(int from, int to, Map<String, Class<?>> bindings) {
        Map<String, Class<?>> names = new HashMap<>(bindings);
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.IDENT || tokens.get(i - 1).is(".")) {
                continue;
            }
            // a local declared with a type: Type name = ... (a generic type is not followed)
            Class<?> declared = type(t.text());
            if (declared != null && i + 2 < to && tokens.get(i + 1).kind() == Kind.IDENT
                    && (tokens.get(i + 2).is("=") || tokens.get(i + 2).is(";") || tokens.get(i + 2).is(":"))) {
                names.put(tokens.get(i + 1).text(), declared);
                continue;
            }
            root(i, to, names, false);
        }
    }

    // -- chains -----------------------------------------------------------------------------------

    /**
     * When the name at {@code i} is a binding, a global or a class followed by {@code .}, checks the
     * chain after it and returns true; false when it is none of these.
     */
    private boolean root(int i, int to, Map<String, Class<?>> bindings, boolean constraint) {
        String name = tokens.get(i).text();
        if (tokens.get(i - 1).is("new")) {
            return false;
        }
        Class<?> type = bindings.containsKey(name) ? bindings.get(name) : globals.get(name);
        boolean isStatic = false;
        if (type == null && !bindings.containsKey(name)) {
            type = type(name);
            isStatic = type != null;
        }
        if (type == null) {
            return bindings.containsKey(name) || globals.containsKey(name);
        }
        if (i + 2 < to && tokens.get(i + 1).is(".") && tokens.get(i + 2).kind() == Kind.IDENT) {
            member(i + 2, to, type, isStatic, constraint);
        }
        return true;
    }

    /**
     * Checks the member named at {@code i} on {@code owner} and the chain after it, reporting the first
     * name that does not exist.
     *
     * @param isStatic   {@code owner} was named as a class (its constants, static methods, nested classes)
     * @param constraint the chain is in a condition, where {@code x.name} reads a property ({@code getName()},
     *                   {@code isName()} or {@code name()}); in Java it reads a field
     * @return the type of the member, or {@code null} when it is not known for sure (or does not exist)
     */
    private Class<?> member(int i, int to, Class<?> owner, boolean isStatic, boolean constraint) {
        Class<?> type = owner;
        boolean statik = isStatic;
        int at = i;
        while (true) {
            if (type == null || type.isPrimitive() || type.isArray() || type == Object.class
                    || Map.class.isAssignableFrom(type)) {
                return null;
            }
            Token name = tokens.get(at);
            if (name.text().equals("class") || name.text().equals("this")) {
                return null; // a class literal, or Outer.this
            }
            boolean call = at + 1 < to && tokens.get(at + 1).is("(");
            Class<?> next;
            int last;
            if (call) {
                List<Method> methods = methods(type, name.text());
                if (methods.isEmpty()) {
                    report(name, Codes.UNKNOWN_METHOD, "no method `" + name.text() + "` on " + describe(type)
                            + suggestion(name.text(), methodNames(type)));
                    return null;
                }
                next = result(methods);
                last = close(at + 1, to);
                statik = false;
            } else {
                Class<?> nested = nested(type, name.text());
                if (statik && nested != null) {
                    next = nested;
                } else {
                    next = statik ? staticField(type, name.text()) : constraint ? property(type, name.text())
                            : field(type, name.text());
                    if (next == null && !known(type, name.text(), statik, constraint)) {
                        report(name, Codes.UNKNOWN_FIELD, noField(type, name.text(), statik, constraint));
                        return null;
                    }
                    statik = false;
                }
                last = at;
            }
            if (last + 2 < to && tokens.get(last + 1).is(".") && tokens.get(last + 2).kind() == Kind.IDENT) {
                type = next;
                at = last + 2;
            } else {
                return next;
            }
        }
    }

    private static List<Method> methods(Class<?> type, String name) {
        List<Method> found = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name)) {
                found.add(m);
            }
        }
        if (found.isEmpty() && type.isInterface()) {
            for (Method m : Object.class.getMethods()) {
                if (m.getName().equals(name)) {
                    found.add(m);
                }
            }
        }
        return found;
    }

    /** The result every overload gives, when it is one concrete class; else {@code null}. */
    private static Class<?> result(List<Method> methods) {
        Class<?> result = null;
        for (Method m : methods) {
            if (m.getGenericReturnType() instanceof TypeVariable<?> || m.getReturnType() == void.class) {
                return null;
            }
            if (result != null && result != m.getReturnType()) {
                return null;
            }
            result = m.getReturnType();
        }
        return result;
    }

    /** The type a property read gives ({@code getName()}, {@code isName()}, {@code name()}, a public field). */
    private static Class<?> property(Class<?> type, String name) {
        String capital = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String accessor : List.of("get" + capital, "is" + capital, name)) {
            for (Method m : type.getMethods()) {
                if (m.getName().equals(accessor) && m.getParameterCount() == 0 && m.getReturnType() != void.class) {
                    return concrete(m);
                }
            }
        }
        return field(type, name);
    }

    private static Class<?> concrete(Method m) {
        return m.getGenericReturnType() instanceof TypeVariable<?> ? null : m.getReturnType();
    }

    private static Class<?> field(Class<?> type, String name) {
        try {
            Field f = type.getField(name);
            return f.getGenericType() instanceof TypeVariable<?> ? null : f.getType();
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Class<?> staticField(Class<?> type, String name) {
        try {
            Field f = type.getField(name);
            return Modifier.isStatic(f.getModifiers()) ? f.getType() : null;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Class<?> nested(Class<?> type, String name) {
        for (Class<?> c : type.getClasses()) {
            if (c.getSimpleName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** Whether the name exists though its type is not followed (a generic property, say). */
    private static boolean known(Class<?> type, String name, boolean statik, boolean constraint) {
        if (statik) {
            return hasField(type, name);
        }
        if (constraint) {
            String capital = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            for (Method m : type.getMethods()) {
                if (m.getParameterCount() == 0 && (m.getName().equals(name) || m.getName().equals("get" + capital)
                        || m.getName().equals("is" + capital))) {
                    return true;
                }
            }
        }
        return hasField(type, name);
    }

    private static boolean hasField(Class<?> type, String name) {
        try {
            type.getField(name);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    // -- messages ---------------------------------------------------------------------------------

    private String noField(Class<?> type, String name, boolean statik, boolean constraint) {
        if (statik && type.isEnum()) {
            return "no value `" + name + "` in " + type.getSimpleName() + suggestion(name, constants(type));
        }
        Set<String> candidates = constraint ? properties(type) : fields(type, statik);
        String text = "no field `" + name + "` on " + describe(type);
        if (!constraint && !statik && !methods(type, name).isEmpty()) {
            return text + "; did you mean the method `" + name + "()`?";
        }
        return text + suggestion(name, candidates);
    }

    /** The type as an analyst knows it: an answer, a list answer, or the class's simple name. */
    static String describe(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "Answer" -> "an answer";
            case "AnswerList" -> "a list answer";
            default -> type.getSimpleName();
        };
    }

    private static Set<String> methodNames(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Method m : type.getMethods()) {
            if (!OBJECT_METHODS.contains(m.getName())) {
                names.add(m.getName());
            }
        }
        return names;
    }

    private static Set<String> properties(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Method m : type.getMethods()) {
            String n = m.getName();
            if (m.getParameterCount() != 0 || m.getReturnType() == void.class || OBJECT_METHODS.contains(n)
                    || Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            if (n.startsWith("get") && n.length() > 3) {
                names.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
            } else if (n.startsWith("is") && n.length() > 2 && Character.isUpperCase(n.charAt(2))) {
                names.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
            } else {
                names.add(n);
            }
        }
        names.addAll(fields(type, false));
        return names;
    }

    private static Set<String> fields(Class<?> type, boolean statik) {
        Set<String> names = new TreeSet<>();
        for (Field f : type.getFields()) {
            if (!statik || Modifier.isStatic(f.getModifiers())) {
                names.add(f.getName());
            }
        }
        return names;
    }

    private static Set<String> constants(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Object c : type.getEnumConstants()) {
            names.add(((Enum<?>) c).name());
        }
        return names;
    }

    /** {@code ; did you mean `x`?} for the nearest candidate within a typo's reach, or "". */
    static String suggestion(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(name.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int reach = name.length() < 4 ? 1 : name.length() < 9 ? 2 : 3;
        return best != null && bestDistance <= reach ? "; did you mean `" + best + "`?" : "";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1),
                        diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    /** The index of the parenthesis closing the one at {@code open}, or {@code to} when it is not closed. */
    private int close(int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            if (tokens.get(i).is("(")) {
                depth++;
            } else if (tokens.get(i).is(")") && --depth == 0) {
                return i;
            }
        }
        return to;
    }

    private void report(Token at, String code, String message) {
        out.add(new Problem(file, at.line(), at.column(), code, message));
    }
}
