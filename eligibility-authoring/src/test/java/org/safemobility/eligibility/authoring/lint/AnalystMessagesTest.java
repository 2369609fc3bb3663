package org.safemobility.eligibility.authoring.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safemobility.eligibility.RuleSetException;
import org.safemobility.eligibility.authoring.Problem;
import org.safemobility.eligibility.authoring.RuleLinter;
import org.safemobility.eligibility.authoring.internal.DrlCompiler;
import org.safemobility.eligibility.facts.Screening;
import org.safemobility.eligibility.internal.RuleSetFiles;

/**
 * The mistakes analysts make most, each reported whole: file, line, column and a message in the
 * words of the rules (a field of Screening, a method of an answer, a value of Office, a rule's
 * {@code end}, a table's columns). Every expected line and column is counted by hand in the
 * fixture ({@code lint/<case>/}).
 */
class AnalystMessagesTest {

    @TempDir
    Path dir;

    @Test
    void aMisspeltMethodOfAnAnswerIsReportedWhereItIsWithTheNearestName() {
        // line 16: 8 spaces, "$s.appliedForRegularization()." (30 characters), then isTru at column 39
        assertEquals(List.of("case.drl:16:39: unknown-method: no method `isTru` on an answer; did you mean `isTrue`?"),
                lint("unknown-method"));
    }

    @Test
    void aMisspeltFieldInAConditionIsReportedWhereItIsWithTheNearestName() {
        // line 15: "    $s : Screening( " is 20 characters, ofice starts at column 21
        assertEquals(List.of("case.drl:15:21: unknown-field: no field `ofice` on Screening; did you mean `office`?"),
                lint("unknown-field"));
    }

    @Test
    void aMisspeltValueOfAnEnumIsReportedWithTheNearestValue() {
        // line 15: "    $s : Screening( office == Office." is 37 characters, GTM starts at column 38
        assertEquals(List.of("case.drl:15:38: unknown-field: no value `GTM` in Office; did you mean `GT`?"),
                lint("unknown-value"));
    }

    @Test
    void aRuleWithoutEndIsReportedAtTheRuleAndNothingElseIs() {
        // CASE-ONE starts on line 10 and has no end; CASE-TWO starts on line 18
        assertEquals(List.of("case.drl:10:1: missing-end: rule \"CASE-ONE\" has no `end`; the next rule starts at "
                + "line 18: write `end` on a line of its own before it"), lint("missing-end"));
    }

    @Test
    void aRuleWithoutEndAtTheEndOfTheFileIsReportedAtTheRule() {
        List<Problem> out = new ArrayList<>();
        DrlCheck.check("r.drl", """
                import org.safemobility.eligibility.facts.Screening;
                rule "LAST"
                    @criterion("ACC-AGE")
                    @citation("test")
                when
                    $s : Screening()
                then
                    $s.date();
                """, Set.of("ACC-AGE"), Screening.class.getClassLoader(), out);
        assertEquals(List.of("r.drl:2:1: missing-end: rule \"LAST\" has no `end`; write `end` on a line of its own "
                + "after its last line"), out.stream().map(Problem::toString).toList());
    }

    @Test
    void aHeaderOneColumnShortIsReportedWithEveryRow() {
        // offices.csv without arrivalCutoff in its header: 4 names, and each of the 4 rows has 5 values
        String file = "reference/offices.csv";
        assertEquals(List.of(
                file + ":1: column-count: header has 4 columns, every row has 5; a column name is missing from the header",
                file + ":2: column-count: row has 5 columns, the header has 4",
                file + ":3: column-count: row has 5 columns, the header has 4",
                file + ":4: column-count: row has 5 columns, the header has 4",
                file + ":5: column-count: row has 5 columns, the header has 4"), lint("column-count-header"));
    }

    @Test
    void everyRowOfTheWrongWidthIsReported() {
        // rows 3 and 5 lack their arrivalCutoff; row 4 has one value too many (an unquoted comma, say)
        String file = "reference/offices.csv";
        assertEquals(List.of(
                file + ":3: column-count: row has 4 columns, the header has 5",
                file + ":4: column-count: row has 6 columns, the header has 5; quote a value that contains a comma",
                file + ":5: column-count: row has 4 columns, the header has 5"), lint("column-count-rows"));
    }

    @Test
    void whatTheNameCheckCannotTypeItLeavesAlone() {
        // properties read the MVEL way, a from over a list, a typed local, a class literal, an unknown name,
        // a generic result (Answer.value()), a call on an unknown variable: all compile, none is reported
        List<Problem> out = new ArrayList<>();
        DrlCheck.check("r.drl", """
                import org.safemobility.eligibility.facts.*;
                rule "R"
                    @criterion("ACC-AGE")
                    @citation("test")
                when
                    $s : Screening( jobOffersAnswered, offers.empty, $d : date )
                    $o : OfferAnswers() from $s.offers
                then
                    Tri t = $s.age().atLeast(18);
                    boolean met = t.isMet() && $d.isAfter($d.minusDays(1));
                    Object p = Tri.class;
                    Object v = $s.age().value();
                    String office = $s.office().name().toLowerCase();
                end
                """, Set.of("ACC-AGE"), Screening.class.getClassLoader(), out);
        assertEquals(List.of(), out);
    }

    @Test
    void aMisspeltMethodOnALocalOrABindingFromAFieldIsFound() {
        List<Problem> out = new ArrayList<>();
        DrlCheck.check("r.drl", """
                import org.safemobility.eligibility.facts.*;
                rule "R"
                    @criterion("ACC-AGE")
                    @citation("test")
                when
                    $s : Screening( $d : date )
                then
                    Tri t = Tri.met();
                    boolean a = t.isMett();
                    boolean b = $d.isAftr($d);
                end
                """, Set.of("ACC-AGE"), Screening.class.getClassLoader(), out);
        assertEquals(List.of(
                "r.drl:9:19: unknown-method: no method `isMett` on Tri; did you mean `isMet`?",
                "r.drl:10:20: unknown-method: no method `isAftr` on LocalDate; did you mean `isAfter`?"),
                out.stream().sorted().map(Problem::toString).toList());
    }

    @Test
    void aCompilerErrorTheCheckMissesNamesTheRuleAndTheLineAndColumnOfTheName() {
        // a wrong argument type: the name exists, so only the compiler sees it; line 16, column 39 as above
        Path folder = LintFixtures.folder(dir, "unknown-method");
        LintFixtures.replace(folder.resolve("case.drl"), "appliedForRegularization().isTru()", "age().atLeast(\"18\")");
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> new DrlCompiler().compile(RuleSetFiles.folder(folder), Screening.class.getClassLoader()));
        // "        $s.age()." is 17 characters: atLeast at column 18
        assertEquals(List.of("case.drl:16:18: compile: rule \"CASE\": The method atLeast(int) in the type Answer<Integer> "
                + "is not applicable for the arguments (String)"), e.problems());
    }

    @Test
    void aCompilerErrorInAConditionHasNoMvelTrace() {
        Path folder = LintFixtures.folder(dir, "unknown-field");
        LintFixtures.replace(folder.resolve("case.drl"), "ofice == Office.GT", "office == 3");
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> new DrlCompiler().compile(RuleSetFiles.folder(folder), Screening.class.getClassLoader()));
        assertEquals(1, e.problems().size(), e.problems()::toString);
        String problem = e.problems().get(0);
        // at the condition's first name, office: line 15, column 21
        assertEquals("case.drl:15:21: compile: rule \"CASE\": cannot read the condition `office == 3`: ",
                problem.substring(0, problem.indexOf(": ", problem.indexOf("`office == 3`")) + 2), problem);
        assertEquals(-1, problem.indexOf("[Near"), problem);
    }

    private List<String> lint(String fixture) {
        return RuleLinter.lint(LintFixtures.folder(dir, fixture)).stream().map(Problem::toString).toList();
    }
}
