package org.safemobility.eligibility.authoring;

import java.nio.file.Path;
import java.util.List;
import org.safemobility.eligibility.internal.RuleSetFiles;

/** PLACEHOLDER: replaced by the linter implementation. */
public final class RuleLinter {
    private RuleLinter() {
    }

    public static List<Problem> lint(Path folder) {
        return lint(RuleSetFiles.folder(folder));
    }

    public static List<Problem> lint(RuleSetFiles files) {
        return List.of();
    }
}
