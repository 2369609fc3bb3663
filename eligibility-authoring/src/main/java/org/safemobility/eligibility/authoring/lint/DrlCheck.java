package org.safemobility.eligibility.authoring.lint;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.AccumulateImportDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.safemobility.eligibility.authoring.Problem;
import org.safemobility.eligibility.authoring.lint.DrlLexer.Kind;
import org.safemobility.eligibility.authoring.lint.DrlLexer.Token;

/**
 * The checks of one DRL file. The Drools parser gives the structure (imports, functions,
 * attributes, rules and their metadata) and the syntax errors; the code itself (constraints,
 * consequences, attribute expressions) is checked token by token over the whole file, which
 * gives the exact line of each offending name and cannot be fooled by a comment or a string.
 */
final class DrlCheck {

    /** Attributes that tie firing to the wall clock or can switch a rule off. */
    private static final Map<String, String> FORBIDDEN_ATTRIBUTES = Map.of(
            "date-effective", "switches the rule on by the wall clock; compare with the evaluation date instead",
            "date-expires", "switches the rule off by the wall clock; compare with the evaluation date instead",
            "timer", "fires the rule by the wall clock",
            "duration", "fires the rule by the wall clock (an old form of timer)",
            "calendars", "fires the rule by wall-clock calendars",
            "enabled", "can switch the rule off, leaving its criterion undecided; remove the rule instead");

    private static final Pattern PARSER_PREFIX = Pattern.compile("^\\[ERR \\d+\\]\\s*(Line \\d+:(\\d+)\\s*)?");

    private final String file;
    private final Set<String> knownCriteria;
    private final ClassLoader factsLoader;
    private final Collection<Problem> out;
    private final Collection<RuleReason> reasons;
    private List<Token> tokens;
    private final List<RuleBlocks.Block> blocks = new ArrayList<>();

    private DrlCheck(String file, Set<String> knownCriteria, ClassLoader factsLoader, Collection<Problem> out,
            Collection<RuleReason> reasons) {
        this.file = file;
        this.knownCriteria = knownCriteria;
        this.factsLoader = factsLoader;
        this.out = out;
        this.reasons = reasons;
    }

    /**
     * Checks {@code text}, the content of {@code file}, adding each problem to {@code out}.
     *
     * @param knownCriteria the criterion IDs of criteria.csv, or {@code null} when it could not be read
     * @return the criterion IDs the file's rules decide, or {@code null} when the file does not parse
     */
    static Set<String> check(String file, String text, Set<String> knownCriteria, ClassLoader factsLoader,
            Collection<Problem> out) {
        return check(file, text, knownCriteria, factsLoader, out, new ArrayList<>());
    }

    /**
     * As {@link #check(String, String, Set, ClassLoader, Collection)}, adding to {@code reasons}
     * what the message catalogs need of each criterion rule (when the file parses).
     */
    static Set<String> check(String file, String text, Set<String> knownCriteria, ClassLoader factsLoader,
            Collection<Problem> out, Collection<RuleReason> reasons) {
        return new DrlCheck(file, knownCriteria, factsLoader, out, reasons).run(text);
    }

    private Set<String> run(String text) {
        tokens = DrlLexer.tokens(text);
        // the parser notices a missing end only lines later, inside the next rule: its errors from the
        // rule without end on are consequences of it, and only the missing end is reported
        int missingEnd = RuleBlocks.split(file, tokens, blocks, out);
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, new StringReader(text));
        } catch (DroolsParserException e) {
            if (missingEnd == 0 || e.getLineNumber() < missingEnd) {
                add(Math.max(0, e.getLineNumber()), Codes.SYNTAX, oneLine(e.getMessage()));
            }
            pkg = null;
        } catch (RuntimeException e) {
            add(0, Codes.SYNTAX, "the DRL parser failed on this file: " + oneLine(String.valueOf(e.getMessage())));
            pkg = null;
        }
        boolean parsed = pkg != null && !parser.hasErrors() && missingEnd == 0;
        for (DroolsError error : parser.getErrors()) {
            int[] lines = error.getLines();
            if (missingEnd == 0 || lines == null || lines.length == 0 || lines[0] < missingEnd) {
                syntaxError(error);
            }
        }
        DrlNames.check(file, tokens, blocks, factsLoader, out);
        Set<String> importedNames = new HashSet<>();
        if (pkg != null) {
            checkImports(pkg, importedNames);
            for (FunctionDescr function : pkg.getFunctions()) {
                add(function.getLine(), Codes.FORBIDDEN_FUNCTION, "function " + function.getName()
                        + ": helper code belongs in the fact model (reviewed, tested Java), not in DRL");
            }
            checkAttributes(pkg);
        }
        checkCode(importedNames);
        return parsed ? checkMetadata(pkg) : null;
    }

    private void syntaxError(DroolsError error) {
        int[] lines = error.getLines();
        int line = lines != null && lines.length > 0 && lines[0] > 0 ? lines[0] : 0;
        String message = oneLine(error.getMessage());
        var m = PARSER_PREFIX.matcher(message);
        if (m.find()) {
            message = (m.group(2) != null ? "column " + m.group(2) + ": " : "") + message.substring(m.end());
        } else if (error instanceof ParserError p && p.getCol() >= 0) {
            message = "column " + p.getCol() + ": " + message;
        }
        add(line, Codes.SYNTAX, message);
    }

    // -- imports -------------------------------------------------------------------------------

    private void checkImports(PackageDescr pkg, Set<String> importedNames) {
        List<ImportDescr> imports = new ArrayList<>(pkg.getImports());
        imports.addAll(pkg.getFunctionImports());
        imports.addAll(pkg.getAccumulateImports());
        for (ImportDescr descr : imports) {
            String target = descr.getTarget() == null ? "" : descr.getTarget().strip();
            String kind = descr instanceof FunctionImportDescr ? "import function "
                    : descr instanceof AccumulateImportDescr ? "import accumulate " : "import ";
            String simple = target.substring(target.lastIndexOf('.') + 1);
            if (!CodeNames.allowedQualified(target)) {
                add(descr.getLine(), Codes.FORBIDDEN_IMPORT, kind + target
                        + ": rules may import only the fact model (org.safemobility.eligibility.facts, .model) and java.time");
            } else if (!target.startsWith(CodeNames.FACT_MODEL)) {
                // java.time: its Clock stays refused, however it is imported
                if (CodeNames.TYPES.containsKey(simple)) {
                    add(descr.getLine(), Codes.FORBIDDEN_IMPORT, kind + target + ": " + CodeNames.TYPES.get(simple));
                }
            } else if (simple.equals("*")) {
                // a wildcard import of the fact model: a fact class named like a refused type is that class
                String folder = target.substring(0, target.length() - 2).replace('.', '/');
                for (String name : CodeNames.TYPES.keySet()) {
                    if (factsLoader.getResource(folder + "/" + name + ".class") != null) {
                        importedNames.add(name);
                    }
                }
            } else {
                importedNames.add(simple);
            }
        }
    }

    // -- attributes ----------------------------------------------------------------------------

    private void checkAttributes(PackageDescr pkg) {
        Map<AttributeDescr, Boolean> packageLevel = new IdentityHashMap<>();
        for (AttributeDescr attribute : pkg.getAttributes()) {
            packageLevel.put(attribute, true);
            checkAttribute(attribute, "package");
        }
        for (RuleDescr rule : pkg.getRules()) {
            for (AttributeDescr attribute : rule.getAttributes().values()) {
                if (!packageLevel.containsKey(attribute)) {
                    checkAttribute(attribute, "rule \"" + rule.getName() + "\"");
                }
            }
        }
    }

    private void checkAttribute(AttributeDescr attribute, String where) {
        String name = attribute.getName();
        if (FORBIDDEN_ATTRIBUTES.containsKey(name)) {
            add(attribute.getLine(), Codes.FORBIDDEN_ATTRIBUTE, where + ": " + name + " " + FORBIDDEN_ATTRIBUTES.get(name));
        } else if (name.equals("dialect") && !"java".equals(AnnotationDescr.unquote(String.valueOf(attribute.getValue())).strip())) {
            add(attribute.getLine(), Codes.FORBIDDEN_DIALECT, where + ": dialect "
                    + AnnotationDescr.unquote(String.valueOf(attribute.getValue())).strip()
                    + ": rules are written in Java; MVEL expressions are not allowed");
        }
    }

    // -- metadata ------------------------------------------------------------------------------

    private Set<String> checkMetadata(PackageDescr pkg) {
        Set<String> decided = new HashSet<>();
        for (RuleDescr rule : pkg.getRules()) {
            if (rule.isQuery()) {
                continue;
            }
            String name = "rule \"" + rule.getName() + "\"";
            String criterion = value(rule, "criterion");
            String derives = value(rule, "derives");
            if (criterion == null && derives == null) {
                add(rule.getLine(), Codes.MISSING_METADATA, name
                        + " needs @criterion(\"<criterion ID>\") or, for a derived fact, @derives(\"<fact>\")");
            }
            if (value(rule, "citation") == null) {
                add(rule.getLine(), Codes.MISSING_METADATA, name + " needs @citation(\"<legal or program source>\")");
            }
            if (criterion != null) {
                decided.add(criterion);
                String reason = value(rule, "reason");
                reasons.add(reasonOf(rule, reason != null ? reason : criterion));
                if (knownCriteria != null && !knownCriteria.contains(criterion)) {
                    add(annotationLine(rule.getLine(), "criterion"), Codes.UNKNOWN_CRITERION, name + " decides "
                            + criterion + ", which criteria.csv does not list");
                }
            }
        }
        return decided;
    }

    /**
     * The facts a rule's consequence gives its reasons, read from its tokens: the quoted names of
     * {@code Reason.of("name", ...)} and {@code .and("name", ...)}; and whether it can conclude
     * UNKNOWN with nothing missing ({@code Tri.undecidable()}, or {@code Tri.unknown()} with no path).
     */
    private RuleReason reasonOf(RuleDescr rule, String reasonKey) {
        Set<String> facts = new java.util.TreeSet<>();
        boolean undecidable = false;
        for (RuleBlocks.Block block : blocks) {
            if (block.then() < 0 || !RuleBlocks.unquote(block.name()).equals(rule.getName())) {
                continue;
            }
            for (int i = block.then() + 1; i + 3 < block.end(); i++) {
                Token owner = tokens.get(i);
                if (!tokens.get(i + 1).is(".") || !tokens.get(i + 3).is("(")) {
                    continue;
                }
                String method = tokens.get(i + 2).text();
                Token argument = tokens.get(i + 4);
                boolean named = argument.kind() == Kind.LITERAL && argument.text().startsWith("\"")
                        && argument.text().length() >= 2;
                if (named && (owner.is("Reason") && method.equals("of") || method.equals("and"))) {
                    facts.add(argument.text().substring(1, argument.text().length() - 1));
                } else if (owner.is("Tri") && (method.equals("undecidable") || method.equals("unknown") && argument.is(")"))) {
                    undecidable = true;
                }
            }
        }
        return new RuleReason(file, rule.getLine(), rule.getName(), reasonKey, Set.copyOf(facts), undecidable);
    }

    /** The annotation's value, unquoted and stripped, or {@code null} when absent or blank. */
    private static String value(RuleDescr rule, String annotation) {
        AnnotationDescr a = rule.getAnnotation(annotation);
        if (a == null || a.getSingleValue() == null) {
            return null;
        }
        String v = AnnotationDescr.unquote(a.getSingleValue().toString()).strip();
        return v.isEmpty() ? null : v;
    }

    /** The line of the rule's {@code @name}, or the rule's line (the parser keeps no annotation lines). */
    private int annotationLine(int ruleLine, String name) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.line() >= ruleLine && t.is("@") && tokens.get(i + 1).is(name)) {
                return t.line();
            }
        }
        return ruleLine;
    }

    // -- code ----------------------------------------------------------------------------------

    private void checkCode(Set<String> importedNames) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.IDENT) {
                continue;
            }
            Token prev = i > 0 ? tokens.get(i - 1) : null;
            Token next = i + 1 < n ? tokens.get(i + 1) : null;
            boolean afterDot = prev != null && prev.is(".");
            boolean called = next != null && next.is("(");
            String word = t.text();
            if (!afterDot && (word.equals("package") || word.equals("import"))) {
                // the imports are checked above; a package name is no code
                i = skipQualifiedName(i + 1);
            } else if ((word.equals("rule") || word.equals("query")) && (prev == null || prev.line() < t.line())
                    && next != null && next.kind() == Kind.IDENT) {
                i++; // an unquoted rule name is a name, not code
            } else if (word.equals("eval") && !afterDot && called) {
                add(t.line(), Codes.FORBIDDEN_EVAL, "eval(...) hides a condition from the engine's indexing "
                        + "and the reviewer; write it as a constraint on a fact");
            } else if (!afterDot && CodeNames.PACKAGE_ROOTS.contains(word) && i + 2 < n && next.is(".")
                    && tokens.get(i + 2).kind() == Kind.IDENT) {
                int end = i;
                StringBuilder name = new StringBuilder(word);
                while (end + 2 < n && tokens.get(end + 1).is(".") && tokens.get(end + 2).kind() == Kind.IDENT) {
                    name.append('.').append(tokens.get(end + 2).text());
                    end += 2;
                }
                // java.x is a package; org.x could be a local variable named org, so it takes org.x.Y
                boolean qualified = word.startsWith("java") || word.equals("jdk") || end - i >= 4;
                if (qualified && !CodeNames.allowedQualified(name.toString())) {
                    add(t.line(), Codes.FORBIDDEN_CALL, name + ": rules may name only the fact model and java.time");
                    i = end;
                }
            } else if (CodeNames.TYPES.containsKey(word) && !importedNames.contains(word)) {
                add(t.line(), Codes.FORBIDDEN_CALL, word + ": " + CodeNames.TYPES.get(word));
            } else if (CodeNames.METHODS.containsKey(word) && called) {
                add(t.line(), Codes.FORBIDDEN_CALL, word + "(): " + CodeNames.METHODS.get(word));
            } else if (afterDot && called) {
                String owner = i >= 2 ? tokens.get(i - 2).text() : "";
                if (word.equals("now")) {
                    add(t.line(), Codes.FORBIDDEN_CALL, owner + ".now(): " + CodeNames.CLOCK);
                } else if (word.equals("random") && (owner.equals("Math") || owner.equals("StrictMath"))) {
                    add(t.line(), Codes.FORBIDDEN_CALL, owner + ".random(): " + CodeNames.RANDOM);
                } else if (word.equals("get" + owner) && (owner.equals("Integer") || owner.equals("Long")
                        || owner.equals("Boolean"))) {
                    add(t.line(), Codes.FORBIDDEN_CALL, owner + "." + word + "(): " + CodeNames.PROPERTY);
                }
            }
        }
    }

    /** The index of the last token of the (possibly wildcard) qualified name starting at {@code i}. */
    private int skipQualifiedName(int i) {
        int start = i;
        if (start < tokens.size() && (tokens.get(start).is("function") || tokens.get(start).is("static")
                || tokens.get(start).is("accumulate"))) {
            start++;
        }
        int j = start;
        while (j < tokens.size() && (tokens.get(j).kind() == Kind.IDENT || tokens.get(j).is(".") || tokens.get(j).is("*"))) {
            if (tokens.get(j).kind() == Kind.IDENT && j > start && tokens.get(j - 1).kind() == Kind.IDENT) {
                break; // the next statement starts (imports need no semicolon)
            }
            j++;
        }
        return j - 1;
    }

    private void add(int line, String code, String message) {
        out.add(new Problem(file, Math.max(0, line), code, message));
    }

    static String oneLine(String message) {
        String text = message == null ? "" : message.replaceAll("\\s+", " ").strip();
        return text.length() > 300 ? text.substring(0, 300) + " ..." : text;
    }
}
