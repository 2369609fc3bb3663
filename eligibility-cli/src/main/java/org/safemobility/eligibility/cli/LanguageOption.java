package org.safemobility.eligibility.cli;

import java.util.List;
import java.util.Locale;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.UnsupportedLanguageException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --lang} option of the commands that word reasons and questions: a language of the
 * rule set's message catalogs. A picocli mixin, so each command lists it with its own options.
 */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = {"Language of reasons, notes and questions, one the",
                "rules have a catalog for (bundled: en, es). Default:",
                "${DEFAULT-VALUE}. Any other is a usage error (exit 2)."})
    String tag;

    /**
     * The language asked for, once the engine is known to speak it; else a usage error that names
     * the languages it speaks.
     *
     * @throws ParameterException when the engine has no catalog for the language
     */
    Locale of(EligibilityEngine engine, CommandSpec spec) {
        Locale language = Locale.forLanguageTag(tag);
        try {
            // asking for no reports costs nothing, and is refused exactly as real ones would be
            engine.evaluateAll(List.of(), null, language);
        } catch (UnsupportedLanguageException e) {
            throw new ParameterException(spec.commandLine(), "--lang " + tag + ": not a language of "
                    + "these rules; they speak " + String.join(", ", e.supported()));
        }
        return language;
    }
}
