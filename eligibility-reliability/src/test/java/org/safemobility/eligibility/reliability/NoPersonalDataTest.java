package org.safemobility.eligibility.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.EvaluationException;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.ReloadableEngine;
import org.safemobility.eligibility.internal.RuleSetFiles;
import org.safemobility.eligibility.internal.RuleSetIntegrity;
import org.safemobility.eligibility.RuleSetException;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.facts.Screening;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Residence;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.testing.RulesFolderCopy;

/**
 * Canary applicants (every identifier holds a unique marker, every date is one no real record
 * holds, every bad value carries a marker) run through success, invalid input, rule failure and a
 * reload (a swap, a no-op and a refused folder) while every SLF4J event is
 * captured at TRACE: no marker appears in any log event, exception or {@code toString()}.
 */
class NoPersonalDataTest {

    /** Distinctive dates: a marker each, as an id is. */
    private static final List<String> DATES = List.of("1931-02-03", "2023-07-19", "2019-11-23", "2022-02-22",
            "1957-05-06", "2021-12-13", "2030-04-05");

    private final List<String> markers = new ArrayList<>(DATES);
    private final List<Object> built = new ArrayList<>();
    private int next;

    private String marker(String prefix) {
        String m = prefix + "Qz" + (next++) + "Cnry";
        markers.add(m);
        return m;
    }

    /** A valid applicant (one of the bundled examples) with a canary id and the distinctive dates. */
    private String canary(int example, String idPrefix) {
        ObjectNode a = Examples.tree(example);
        a.put("id", marker(idPrefix));
        a.put("applicationDate", DATES.get(1));
        a.put("dateOfBirth", DATES.get(0));
        a.put("passportExpiryDate", DATES.get(6));
        ObjectNode residence = a.has("residence") ? (ObjectNode) a.get("residence") : a.putObject("residence");
        residence.put("arrivalDate", DATES.get(2));
        if (a.has("usRelatives") && a.get("usRelatives").size() > 0) {
            ((ObjectNode) a.get("usRelatives").get(0)).put("dateOfBirth", DATES.get(4));
            ((ObjectNode) a.get("usRelatives").get(0)).put("pendingSince", DATES.get(5));
        }
        a.putObject("usHistory").putArray("irregularEntryDates").add(DATES.get(3));
        return a.toString();
    }

    /** Invalid canaries: each breaks the contract with a value that is a marker. */
    private List<String> invalidCanaries() {
        List<String> out = new ArrayList<>();
        for (String field : List.of("maritalStatus", "office", "dateOfBirth", "passportExpiryDate")) {
            ObjectNode a = Examples.tree(1);
            a.put("id", marker("bad-"));
            a.put(field, marker("value-"));
            out.add(a.toString());
        }
        ObjectNode badId = Examples.tree(2);
        badId.put("id", "not an id " + marker("id-") + "\r\nforged line");
        out.add(badId.toString());
        ObjectNode unknown = Examples.tree(3);
        unknown.put("note", marker("note-"));
        unknown.put("x\r\n" + marker("key-"), 1);
        out.add(unknown.toString());
        ObjectNode wrongType = Examples.tree(4);
        wrongType.putObject("employment").put("experienceYears", marker("years-"));
        out.add(wrongType.toString());
        ObjectNode country = Examples.tree(5);
        country.putArray("nationalities").add(marker("nat-"));
        out.add(country.toString());
        out.add("{\"id\": \"" + marker("syntax-") + "\", \"office\": " + marker("bare-") + "}");
        out.add("{\"id\": \"" + marker("dup-") + "\", \"id\": \"" + marker("dup-") + "\"}");
        return out;
    }

    /** Compiled before the capture starts: compiling DRL at test time is not the library's doing. */
    private static EligibilityEngine tripwire;

    @org.junit.jupiter.api.BeforeAll
    static void compileTheTestRuleSet() {
        tripwire = TestRuleSets.tripwire();
    }

    @Test
    void noMarkerInAnyLogEventExceptionOrToString() throws Exception {
        List<Throwable> thrown = new ArrayList<>();
        List<ILoggingEvent> events;
        try (LogCapture capture = new LogCapture()) {
            // success, one by one and in a batch, and through JSON both ways
            EligibilityEngine engine = EligibilityEngine.builder().build();
            List<Applicant> applicants = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                Applicant a = EligibilityJson.readApplicant(canary(i, "ok-"));
                applicants.add(a);
                EligibilityReport r = engine.evaluate(a);
                built.add(a);
                built.add(r);
                assertTrue(EligibilityJson.writeReport(r).contains(a.id()), "the report itself does carry the id");
            }
            built.addAll(engine.evaluateAll(applicants, null));
            built.add(new Screening(applicants.get(0), LocalDate.parse(DATES.get(1))));

            // invalid input, as JSON and as Java
            for (String json : invalidCanaries()) {
                thrown.add(assertThrows(InvalidApplicantException.class, () -> EligibilityJson.readApplicant(json)));
            }
            Applicant javaInvalid = new Applicant(marker("java-"), applicants.get(0).office(), LocalDate.parse(DATES.get(1)),
                    LocalDate.parse(DATES.get(6)).plusYears(10), List.of(marker("nat-")), null,
                    new Residence(marker("res-"), null, LocalDate.parse(DATES.get(2)), null, null),
                    null, null, null, null, null);
            thrown.add(assertThrows(InvalidApplicantException.class, () -> engine.evaluate(javaInvalid)));
            thrown.add(assertThrows(InvalidApplicantException.class, () -> engine.evaluateAll(List.of(applicants.get(1), javaInvalid), null)));
            built.add(javaInvalid);
            built.addAll(engine.validate(javaInvalid, null));

            // rule failures: a consequence, a constraint, a loop, a recursion
            for (String prefix : List.of("trip-", "constraint-", "loop-", "recurse-")) {
                Applicant a = EligibilityJson.readApplicant(canary(0, prefix));
                thrown.add(assertThrows(EvaluationException.class, () -> tripwire.evaluate(a)));
            }
            built.add(tripwire.evaluate(applicants.get(3)));

            // reload: a swap between two folders, a no-op, a refused folder; and a refused bundled build
            Path root = Path.of("target", "privacy-reload").toAbsolutePath();
            Path folderA = RulesFolderCopy.copy(root.resolve("a"));
            Path folderB = RulesFolderCopy.copy(root.resolve("b"));
            RulesFolderCopy.edit(folderB.resolve("reference/offices.csv"), "GT,2023-06-12,2025-01-26", "GT,2023-06-12,2023-12-31");
            Path broken = RulesFolderCopy.copy(root.resolve("broken"));
            RulesFolderCopy.edit(broken.resolve("refugee.drl"), "protectionGrounds().containsAnyOf(", "protectionGround().containsAnyOf(");
            for (Path folder : List.of(folderA, folderB, broken)) {
                // hash lists written by hand: a reloadable engine takes only a sealed folder
                RuleSetIntegrity.seal(RuleSetFiles.folder(folder));
            }
            ReloadableEngine engines = ReloadableEngine.of(EligibilityEngine.builder().rulesFolder(folderA));
            built.add(engines.evaluate(applicants.get(4)));
            engines.reload(folderB);
            engines.reload();
            built.add(engines.evaluate(applicants.get(4)));
            thrown.add(assertThrows(RuleSetException.class, () -> engines.reload(broken)));
            built.add(engines.evaluate(applicants.get(5 % applicants.size())));
            ClassLoader empty = new ClassLoader(null) {
                @Override
                public Enumeration<URL> getResources(String name) {
                    return Collections.emptyEnumeration();
                }
            };
            thrown.add(assertThrows(RuleSetException.class, () -> EligibilityEngine.builder().classLoader(empty).build()));
            events = capture.events();
        }

        List<String> leaks = new ArrayList<>();
        for (ILoggingEvent e : events) {
            for (String text : LogCapture.texts(e)) {
                check(text, "log event of " + e.getLoggerName(), leaks);
            }
        }
        for (Throwable t : thrown) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            check(trace.toString(), "exception " + t.getClass().getSimpleName(), leaks);
            check(t.toString(), "toString of " + t.getClass().getSimpleName(), leaks);
            assertFalse(t.getMessage().contains("\n") || t.getMessage().contains("\r"), t.getMessage());
            if (t instanceof InvalidApplicantException ia) {
                for (Violation v : ia.violations()) {
                    check(v.toString(), "violation", leaks);
                    assertFalse(v.field().contains("\n") || v.field().contains("\r"), v.field());
                }
            }
        }
        for (Object o : built) {
            if (!(o instanceof String)) {
                check(o.toString(), "toString of " + o.getClass().getSimpleName(), leaks);
            }
        }
        assertEquals(List.of(), leaks);
        assertTrue(events.stream().anyMatch(e -> e.getLoggerName().startsWith("org.safemobility")),
                "the library's own lifecycle events were captured");
        Figures.print("canaries", markers.size() + " markers; " + events.size() + " log events captured at TRACE, "
                + thrown.size() + " exceptions and " + built.size() + " values' toString checked: no marker");
    }

    private void check(String text, String where, List<String> leaks) {
        if (text == null) {
            return;
        }
        for (String m : markers) {
            if (text.contains(m)) {
                leaks.add(where + " holds " + m + ": " + (text.length() > 300 ? text.substring(0, 300) + "..." : text));
            }
        }
    }
}
