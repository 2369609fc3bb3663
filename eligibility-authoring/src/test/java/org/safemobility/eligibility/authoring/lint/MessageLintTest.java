package org.safemobility.eligibility.authoring.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safemobility.eligibility.authoring.lint.LintFixtures.where;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safemobility.eligibility.authoring.Problem;
import org.safemobility.eligibility.authoring.RuleLinter;

/**
 * The message catalogs (messages/&lt;language&gt;.properties) against the rules: the base rule set
 * (three criteria, an English catalog that words them) with one mistake made in it per test.
 */
class MessageLintTest {

    private static final String EN = "messages/en.properties";

    /** A rule worded under its own reason key, ACC-AGE.GT; %s is its verdict, %s its facts. */
    private static final String GT_RULE = """
            rule "ACC-AGE (GT)"
                @criterion("ACC-AGE")
                @reason("ACC-AGE.GT")
                @citation("lint fixture")
            when
                $s : Screening( office == Office.GT )
            then
                conclusions.add(Verdicts.conclude(kcontext, $s, %s,
                    %s));
            end
            """;
    private static final String AGE_FACTS = "Reason.of(\"age\", $s.age()).and(\"adultAge\", refs.number(\"ADULT-AGE\", $s.date()))";
    private static final String GT_WORDS = """
            reason.ACC-AGE.GT.MET = In Guatemala the applicant is {age}, {adultAge} or older.
            reason.ACC-AGE.GT.NOT_MET = In Guatemala the applicant is {age}, under {adultAge}.
            reason.ACC-AGE.GT.UNKNOWN = Not decided yet: no answer for {missing}.
            """;

    @TempDir
    Path dir;

    @Test
    void aLineThatIsNoMessageAndAKeyGivenTwiceAreSyntaxDefectsAtTheirLines() throws IOException {
        Path folder = LintFixtures.folder(dir, "base");
        int noEquals = append(folder.resolve(EN), "reason.ACC-AGE.MET The applicant is an adult.");
        int twice = append(folder.resolve(EN), "list.or = or else");

        List<Problem> problems = RuleLinter.lint(folder);

        assertEquals(List.of(EN + ":" + noEquals + ": message-syntax", EN + ":" + twice + ": message-syntax"), where(problems));
        assertTrue(problems.get(1).message().contains("'list.or' again (first on line "), problems::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages/english.properties", "messages/EN.properties", "messages/notes.txt"})
    void aFileUnderMessagesThatIsNoLanguageCatalogIsAMessageFileProblem(String file) throws IOException {
        Path folder = LintFixtures.folder(dir, "base");
        Files.copy(folder.resolve(EN), folder.resolve(file));
        LintFixtures.append(folder.resolve("ruleset.manifest"), file);

        assertEquals(List.of(file + ":0: message-file"), where(RuleLinter.lint(folder)));
    }

    @Test
    void aRuleSetWithoutEnglishMissesItsFile() throws IOException {
        Path folder = LintFixtures.folder(dir, "base");
        Files.move(folder.resolve(EN), folder.resolve("messages/es.properties"));
        LintFixtures.replace(folder.resolve("ruleset.manifest"), EN, "messages/es.properties");

        assertEquals(List.of(EN + ":0: missing-file"), where(RuleLinter.lint(folder)));
    }

    @Test
    void aLanguageTheManifestDoesNotNameIsUnlisted() throws IOException {
        Path folder = LintFixtures.folder(dir, "base");
        Files.copy(folder.resolve(EN), folder.resolve("messages/fr.properties"));

        assertEquals(List.of("messages/fr.properties:0: unlisted-file"), where(RuleLinter.lint(folder)));
    }

    @Test
    void aReasonTextOfACriterionMissingInOneLanguageIsMissingThere() throws IOException {
        Path folder = LintFixtures.folder(dir, "base");
        Files.copy(folder.resolve(EN), folder.resolve("messages/es.properties"));
        LintFixtures.append(folder.resolve("ruleset.manifest"), "messages/es.properties");
        LintFixtures.replace(folder.resolve("messages/es.properties"),
                "reason.ACC-AGE.NOT_MET = The applicant is under 18.\n", "");

        List<Problem> problems = RuleLinter.lint(folder);

        assertEquals(List.of("messages/es.properties:0: missing-message"), where(problems));
        assertEquals("no 'reason.ACC-AGE.NOT_MET'; rule \"ACC-AGE\" (base.drl:14) gives its reasons under ACC-AGE",
                problems.get(0).message());
    }

    @Test
    void aQuestionForAnAskableFieldIsRequired() throws IOException {
        Path folder = LintFixtures.folder(dir, "base");
        LintFixtures.replace(folder.resolve(EN), "question.dateOfBirth = What is your date of birth?\n", "");

        List<Problem> problems = RuleLinter.lint(folder);

        assertEquals(List.of(EN + ":0: missing-message"), where(problems));
        assertEquals("no 'question.dateOfBirth'", problems.get(0).message());
    }

    @Test
    void aRuleWithItsOwnReasonKeyNeedsItsOwnTextsAndTheyLintCleanOnceThere() throws IOException {
        Path folder = withRule(GT_RULE.formatted("$s.age().atLeast(18)", AGE_FACTS));

        assertEquals(List.of(EN + ":0: missing-message", EN + ":0: missing-message", EN + ":0: missing-message"),
                where(RuleLinter.lint(folder)));
        // adultAge is given but worded in no language: not a problem
        Files.writeString(folder.resolve(EN), GT_WORDS.replace(", {adultAge} or older", ""),
                java.nio.file.StandardOpenOption.APPEND);
        assertEquals(List.of(), RuleLinter.lint(folder));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tri.undecidable()", "Tri.unknown()"})
    void aRuleThatCanConcludeUnknownWithNothingMissingNeedsAnUndecidedText(String verdict) throws IOException {
        Path folder = withRule(GT_RULE.formatted(verdict, AGE_FACTS), GT_WORDS);

        List<Problem> problems = RuleLinter.lint(folder);

        assertEquals(List.of(EN + ":0: missing-message"), where(problems));
        assertEquals("no 'reason.ACC-AGE.GT.UNDECIDED'; rule \"ACC-AGE (GT)\" (case.drl:9) can conclude UNKNOWN "
                + "with nothing missing (Tri.undecidable())", problems.get(0).message());
        append(folder.resolve(EN), "reason.ACC-AGE.GT.UNDECIDED = Not decided: the age limit is under review.");
        assertEquals(List.of(), RuleLinter.lint(folder));
    }

    @Test
    void anUndecidedTextNoRuleCanReachIsUnused() throws IOException {
        Path folder = LintFixtures.folder(dir, "base");
        int line = append(folder.resolve(EN), "reason.ACC-AGE.UNDECIDED = Not decided.");

        List<Problem> problems = RuleLinter.lint(folder);

        assertEquals(List.of(EN + ":" + line + ": unknown-message"), where(problems));
        assertTrue(problems.get(0).message().contains("is unused"), problems::toString);
    }

    @Test
    void aMistypedKeyIsUnknownWithASuggestion() throws IOException {
        Path folder = LintFixtures.folder(dir, "base");
        int typo = append(folder.resolve(EN), "reason.ACC-AEG.MET = The applicant is an adult.");
        int removed = append(folder.resolve(EN), "reason.ACC-HEIGHT.MET = The applicant is tall enough.");

        List<Problem> problems = RuleLinter.lint(folder);

        assertEquals(List.of(EN + ":" + typo + ": unknown-message", EN + ":" + removed + ": unknown-message"), where(problems));
        assertTrue(problems.get(0).message().endsWith("did you mean `reason.ACC-AGE.MET`?"), problems::toString);
    }

    @Test
    void aReasonPlaceholderNoRuleGivesIsUnknownWithASuggestion() throws IOException {
        Path folder = withRule(GT_RULE.formatted("$s.age().atLeast(18)", AGE_FACTS), GT_WORDS);
        LintFixtures.replace(folder.resolve(EN), "is {age}, under", "is {agee}, under");

        List<Problem> problems = RuleLinter.lint(folder);

        assertEquals(List.of(EN + ":" + lineOf(folder.resolve(EN), "reason.ACC-AGE.GT.NOT_MET") + ": unknown-placeholder"),
                where(problems));
        assertTrue(problems.get(0).message().endsWith("did you mean `age`?"), problems::toString);
    }

    @Test
    void eachLanguageMayUseItsOwnPlaceholders() throws IOException {
        Path folder = withRule(GT_RULE.formatted("$s.age().atLeast(18)", AGE_FACTS), GT_WORDS);
        Files.copy(folder.resolve(EN), folder.resolve("messages/es.properties"));
        LintFixtures.append(folder.resolve("ruleset.manifest"), "messages/es.properties");
        LintFixtures.replace(folder.resolve("messages/es.properties"),
                "In Guatemala the applicant is {age}, {adultAge} or older.", "Mayor de edad el {date} en {office}.");

        assertEquals(List.of(), RuleLinter.lint(folder));
    }

    @Test
    void aFactOnlySomeRulesOfAReasonKeyGiveIsAMismatch() throws IOException {
        String second = GT_RULE.replace("rule \"ACC-AGE (GT)\"", "rule \"ACC-AGE (GT, no facts)\"")
                .formatted("Tri.met()", "Reason.none()");
        Path folder = withRule(GT_RULE.formatted("$s.age().atLeast(18)", AGE_FACTS) + "\n" + second, GT_WORDS);

        List<Problem> problems = RuleLinter.lint(folder);

        assertEquals(List.of(EN + ":" + lineOf(folder.resolve(EN), "reason.ACC-AGE.GT.MET") + ": placeholder-mismatch",
                EN + ":" + lineOf(folder.resolve(EN), "reason.ACC-AGE.GT.NOT_MET") + ": placeholder-mismatch"), where(problems));
        assertTrue(problems.get(0).message().contains("names {adultAge}, {age}, which rule \"ACC-AGE (GT, no facts)\" (case.drl:20) does not give"),
                problems::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            candidate.PETITION = usRelatives[{index}]: {reason}     | candidate.PETITION = usRelatives[{index}]: {reasn}      | did you mean `reason`?
            candidate.NO_OFFER = The applicant has no U.S. job offer | candidate.NO_OFFER = Job offer {number} is missing      | given only {date}, {office}
            note.OFFER = Criteria shown for the job offer           | note.OFFER = Criteria shown for {cont}, the job offer | did you mean `count`?
            question.dateOfBirth = What is your date of birth?      | question.dateOfBirth = Your birth date, {name}?        | given only {number}
            value.Boolean.true = yes                                | value.Boolean.true = yes {number}                      | has no placeholders
            """)
    void aPlaceholderTheMessageKindDoesNotHaveIsUnknown(String from, String to, String says) throws IOException {
        Path folder = LintFixtures.folder(dir, "base");
        LintFixtures.replace(folder.resolve(EN), from.strip(), to.strip());

        List<Problem> problems = RuleLinter.lint(folder);

        String key = from.substring(0, from.indexOf(' '));
        assertEquals(List.of(EN + ":" + lineOf(folder.resolve(EN), key + " ") + ": unknown-placeholder"), where(problems));
        assertTrue(problems.get(0).message().contains(says.strip()), problems::toString);
    }

    @Test
    void theBundledRulesMissingATextInSpanishAreReportedThere() throws IOException {
        Path folder = LintFixtures.bundledCopy(dir);
        Path es = folder.resolve("messages/es.properties");
        String line = Files.readAllLines(es).stream().filter(l -> l.startsWith("reason.H2A-NATIONALITY.UNDECIDED")).findFirst()
                .orElseThrow();
        LintFixtures.replace(es, line + "\n", "");

        assertEquals(List.of("messages/es.properties:0: missing-message"), where(RuleLinter.lint(folder)));
    }

    // -- helpers -------------------------------------------------------------------------------

    /** The base with {@code rules} as case.drl (named in the manifest) and {@code words} added to English. */
    private Path withRule(String rules, String words) throws IOException {
        Path folder = withRule(rules);
        Files.writeString(folder.resolve(EN), words, java.nio.file.StandardOpenOption.APPEND);
        return folder;
    }

    private Path withRule(String rules) throws IOException {
        Path folder = LintFixtures.folder(dir, "base");
        Files.writeString(folder.resolve("case.drl"), """
                package org.safemobility.eligibility.rules;

                import org.safemobility.eligibility.facts.*;
                import org.safemobility.eligibility.model.Office;

                global ReferenceData refs;
                global Conclusions conclusions;
                """ + "\n" + rules);
        LintFixtures.append(folder.resolve("ruleset.manifest"), "case.drl");
        return folder;
    }

    /** Appends a line to {@code file}; returns its line number. */
    private static int append(Path file, String line) throws IOException {
        LintFixtures.append(file, line);
        return Files.readAllLines(file).size();
    }

    private static int lineOf(Path file, String start) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("no line starting " + start);
    }
}
