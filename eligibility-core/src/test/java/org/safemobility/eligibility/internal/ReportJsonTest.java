package org.safemobility.eligibility.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Pathway;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.report.AccessResult;
import org.safemobility.eligibility.report.CriterionResult;
import org.safemobility.eligibility.report.EligibilityReport;
import org.safemobility.eligibility.report.MissingInformation;
import org.safemobility.eligibility.report.PathwayResult;

/**
 * Reports are written partly from bytes encoded once and kept (field names, enum names, criterion
 * IDs, citations, rule names); they must be what writing every string would give, the first time
 * and every time after, whatever the strings hold.
 */
class ReportJsonTest {

    /** Reasons and citations with quotes, backslashes, control characters, non-ASCII and a surrogate pair. */
    private static final List<String> AWKWARD = List.of("plain", "a \"quoted\" word", "back\\slash", "tab\tand\nnewline",
            "bell \u0007 and \u001f", "INA \u00a7101(a)(42)", "caf\u00e9 \u2028 line separator", "emoji \ud83d\ude00",
            "</script>", "");

    @Test
    void compactOutputEqualsTheFieldByFieldOutputFirstAndLaterTimes() throws IOException {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < AWKWARD.size(); i++) {
                EligibilityReport report = report(i, round);
                String expected = fieldByField(report);
                String written = compact(report);
                String throughWriter = Json.write(false, g -> ReportJson.write(g, report));
                // the same JSON values always; the same bytes unless a character lies outside the
                // BMP, which Jackson's byte generator spells as an escaped surrogate pair in some
                // strings and as UTF-8 in others (both are the same JSON string)
                assertEquals(Json.MAPPER.readTree(expected), Json.MAPPER.readTree(written), "report " + i);
                assertEquals(Json.MAPPER.readTree(expected), Json.MAPPER.readTree(throughWriter), "report " + i);
                if (AWKWARD.get(i).codePoints().allMatch(Character::isBmpCodePoint)) {
                    assertEquals(expected, written, "report " + i + ", round " + round);
                    assertEquals(expected, throughWriter, "report " + i + ", round " + round);
                }
            }
        }
    }

    @Test
    void theSameResultInAnotherPlaceOfAnArrayGetsItsComma() throws IOException {
        CriterionResult same = new CriterionResult("X-1", Outcome.MET, "Met.", "cite", "X-1", List.of());
        EligibilityReport report = new EligibilityReport("a-1", LocalDate.of(2024, 1, 2), "v1", "en",
                new AccessResult(Status.ELIGIBLE, List.of(same, same, same)), List.of(), List.of());
        assertEquals(fieldByField(report), compact(report));
    }

    private static EligibilityReport report(int i, int round) {
        String s = AWKWARD.get(i);
        List<CriterionResult> criteria = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            criteria.add(new CriterionResult("ID-" + i, outcome, s + " reason " + round % 2, "citation " + s,
                    "RULE " + s, outcome == Outcome.UNKNOWN ? List.of("field." + s, "other") : List.of()));
        }
        List<PathwayResult> pathways = List.of(
                new PathwayResult(Pathway.REFUGEE_RESETTLEMENT, Status.NOT_ELIGIBLE, criteria, List.of("note " + s)),
                new PathwayResult(Pathway.H2A, Status.POSSIBLY_ELIGIBLE, criteria.subList(2, 3), List.of()));
        return new EligibilityReport("id-" + i, LocalDate.of(2023, 6, 12).plusDays(i), "ruleset+" + i, "es",
                new AccessResult(Status.ELIGIBLE, criteria.subList(0, 1)), pathways,
                List.of(new MissingInformation("field." + s, List.of("H2A"), null)));
    }

    private static String compact(EligibilityReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.factory().createGenerator(out, JsonEncoding.UTF8)) {
            ReportJson.write(g, report);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Every string written by Jackson's own tree serializer, from the report read back. */
    private static String fieldByField(EligibilityReport report) throws IOException {
        String pretty = Json.write(true, g -> ReportJson.write(g, report));
        return Json.MAPPER.writeValueAsString(Json.MAPPER.readTree(pretty));
    }
}
