package org.safemobility.eligibility.facts;

import java.util.Map;
import org.apiguardian.api.API;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.rule.Rule;

/**
 * What a criterion rule's conclusions carry about the rule itself: the criterion ID and citation
 * of its metadata, and its name. Read from the metadata once per rule when a rule set loads and
 * kept beside it, so that firing a rule costs no metadata lookups and every conclusion of a rule
 * shares the same strings.
 *
 * @param criterion the rule's {@code @criterion}, unquoted
 * @param citation  the rule's {@code @citation}, unquoted
 * @param rule      the rule's name
 * @param reasonKey where the rule's reasons are in the message catalogs: its {@code @reason}, for a
 *                  rule that words a criterion its own way (one office's variant), else the criterion
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record RuleLabel(String criterion, String citation, String rule, String reasonKey) {

    /** The label of a rule whose reasons are the criterion's own. */
    public RuleLabel(String criterion, String citation, String rule) {
        this(criterion, citation, rule, criterion);
    }

    /** The metadata key a rule's label is kept under; no DRL annotation can have this name. */
    public static final String KEY = "org.safemobility.eligibility.label";

    /**
     * The label of {@code rule}: the one kept in its metadata, or else read from its
     * {@code @criterion} and {@code @citation}.
     *
     * @throws IllegalStateException when the rule has no {@code @criterion} or {@code @citation}
     */
    public static RuleLabel of(Rule rule) {
        // RuleImpl.getMetaData(key) reads the rule's own map; getMetaData() would wrap it first
        Object kept = rule instanceof RuleImpl impl ? impl.getMetaData(KEY) : null;
        return kept instanceof RuleLabel label ? label : read(rule);
    }

    /**
     * Keeps the label of every criterion rule in its metadata, where {@link #of} finds it. Call it
     * before the rules are shared between threads; rules without a {@code @criterion} and a
     * {@code @citation} are left as they are (and fail when they fire), and so are rules of
     * another implementation than Drools' own.
     */
    public static void keep(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        // Drools shows metadata read-only; the rule itself takes a new attribute
        if (rule instanceof RuleImpl impl && present(meta.get("criterion")) && present(meta.get("citation"))) {
            impl.addMetaAttribute(KEY, read(rule));
        }
    }

    private static boolean present(Object value) {
        return value != null && !value.toString().isBlank();
    }

    private static RuleLabel read(Rule rule) {
        String criterion = required(rule, "criterion");
        Object reason = rule.getMetaData().get("reason");
        return new RuleLabel(criterion, required(rule, "citation"), rule.getName(),
                present(reason) ? unquote(reason.toString()) : criterion);
    }

    private static String required(Rule rule, String key) {
        Object v = rule.getMetaData().get(key);
        if (!present(v)) {
            throw new IllegalStateException("rule '" + rule.getName() + "' has no @" + key + " metadata");
        }
        return unquote(v.toString());
    }

    /** A metadata value without the quotes the executable model keeps around it. */
    public static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
