package org.safemobility.eligibility.authoring.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Drools and Java compilers' messages, trimmed to what an analyst can act on: no "Rule
 * Compilation error" banner, no MVEL trace ({@code [Near : {... ...}] ^}), and the name the message
 * is about, so that it can be found in the rule.
 */
final class CompilerMessage {

    private static final Pattern MVEL = Pattern.compile(
            "^Unable to Analyse Expression (.*?): \\[Error: (.*?)\\](?: \\[Near : \\{.*)?$");
    private static final Pattern CULPRITS = Pattern.compile(
            "The method (\\w+)\\(|(\\w+) cannot be resolved|The field \\w+\\.(\\w+)|unable to resolve method using"
                    + " strict-mode: [\\w.$]+\\.(\\w+)\\(\\)|The constructor (\\w+)\\(|for the type \\w+ the method (\\w+)"
                    + "|^cannot read the condition `[^\\w$]*([\\w$]+)");

    private CompilerMessage() {
    }

    static String clean(String message) {
        String text = message.replaceFirst("^Rule Compilation error\\s*:?\\s*", "");
        Matcher m = MVEL.matcher(text);
        if (m.matches()) {
            text = "cannot read the condition `" + m.group(1).strip() + "`: " + m.group(2).strip();
        }
        return text;
    }

    /** The name the message complains of (a method, a variable, a field), or {@code null}. */
    static String culprit(String message) {
        Matcher m = CULPRITS.matcher(message);
        if (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    return m.group(g);
                }
            }
        }
        return null;
    }
}
