package org.safemobility.eligibility.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.internal.ApplicantValidator;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Employment;
import org.safemobility.eligibility.model.JobOffer;
import org.safemobility.eligibility.model.Residence;
import org.safemobility.eligibility.model.UsRelative;
import org.safemobility.eligibility.testing.SchemaCheck;

/**
 * The one input boundary: an applicant built in code gets the same violations as the same
 * applicant read from its JSON, and the reader's fast path accepts exactly what the published
 * schema (run by networknt, independently of the reader) and the value checks accept.
 */
@PropertyDefaults(tries = 400)
class BoundaryProperties {

    /** Parses as the library does: numbers with a fraction kept exact. */
    private static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** Codes no JSON Schema keyword of the contract gives: the value checks' own. */
    private static final Set<String> VALUE_CODES = Set.of(Violation.Codes.UNASSIGNED_COUNTRY,
            Violation.Codes.BORN_AFTER_EVALUATION_DATE, Violation.Codes.TOO_LARGE);

    @Property
    void codeBuiltAndJsonApplicantsGetTheSameViolations(@ForAll("mutatedModels") Applicant applicant) {
        List<String> fromCode = sorted(ApplicantValidator.validate(applicant, null));
        List<String> fromJson;
        try {
            EligibilityJson.readApplicant(EligibilityJson.writeApplicant(applicant));
            fromJson = List.of();
        } catch (InvalidApplicantException e) {
            fromJson = sorted(e.violations());
        }
        assertEquals(fromCode, fromJson);
    }

    @Property
    void theReaderAcceptsExactlyWhatTheSchemaAndTheValueChecksAccept(@ForAll("mutatedJson") String json) throws Exception {
        List<String> schema = SchemaCheck.APPLICANT.violations(EXACT.readTree(json));
        List<Violation> found;
        try {
            Applicant read = EligibilityJson.readApplicant(json);
            found = List.of();
            assertEquals(List.of(), ApplicantValidator.validate(read, null), "accepted, so its values pass");
        } catch (InvalidApplicantException e) {
            found = e.violations();
        }
        if (!schema.isEmpty()) {
            assertFalse(found.isEmpty(), () -> "the schema refuses it, the reader accepted it: " + schema);
        } else {
            // what the schema accepts is refused only for a value check's reason
            found.forEach(v -> assertTrue(VALUE_CODES.contains(v.code()), () -> "schema-valid, yet " + v));
        }
    }

    private static List<String> sorted(List<Violation> violations) {
        List<String> out = new ArrayList<>();
        violations.forEach(v -> out.add(v.field() + " " + v.code() + " " + v.message()));
        Collections.sort(out);
        return out;
    }

    // --- applicants built in code, with values the contract refuses ----------------------------

    @Provide
    Arbitrary<Applicant> mutatedModels() {
        Arbitrary<UnaryOperator<Applicant>> mutation = Arbitraries.of(List.of(
                a -> a,
                a -> copy(a, b -> b.nationalities("gt", "GTM", "XX")),
                a -> copy(a, b -> b.nationalities("GT", "GT")),
                a -> copy(a, b -> b.nationalities(Collections.nCopies(101, "GT"))),
                a -> copy(a, b -> b.residence(new Residence("g1", null, null, null, null))),
                a -> copy(a, b -> b.employment(new Employment(null, 81, List.of(
                        new JobOffer(null, null, null, 0, null, null, null))))),
                a -> copy(a, b -> b.employment(new Employment(null, -1, null))),
                a -> copy(a, b -> b.usRelatives(List.of(new UsRelative(null, null, null, null, null, null)))),
                a -> copy(a, b -> b.applicationDate(LocalDate.of(2023, 1, 1)).dateOfBirth(LocalDate.of(2023, 1, 2))),
                a -> new Applicant("t 1", a.office(), a.applicationDate(), a.dateOfBirth(), a.nationalities(),
                        a.maritalStatus(), a.residence(), a.protection(), a.passportExpiryDate(), a.usRelatives(),
                        a.usHistory(), a.employment()),
                a -> new Applicant(null, null, a.applicationDate(), a.dateOfBirth(), a.nationalities(),
                        a.maritalStatus(), a.residence(), a.protection(), a.passportExpiryDate(), a.usRelatives(),
                        a.usHistory(), a.employment())));
        return net.jqwik.api.Combinators.combine(Applicants.applicants(), mutation).as((a, m) -> m.apply(a));
    }

    private static Applicant copy(Applicant a, UnaryOperator<Applicant.Builder> change) {
        Applicant.Builder b = Applicant.builder(a.id(), a.office()).applicationDate(a.applicationDate())
                .dateOfBirth(a.dateOfBirth()).nationalities(a.nationalities()).maritalStatus(a.maritalStatus())
                .residence(a.residence()).protection(a.protection()).passportExpiryDate(a.passportExpiryDate())
                .usRelatives(a.usRelatives()).usHistory(a.usHistory()).employment(a.employment());
        return change.apply(b).build();
    }

    // --- JSON with values of every kind put anywhere --------------------------------------------

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private static final List<JsonNode> VALUES = List.of(F.nullNode(), F.textNode(""), F.textNode("x"),
            F.textNode("gt"), F.textNode("XX"), F.textNode("GT"), F.textNode("2023-02-30"), F.textNode("2023-02-28"),
            F.textNode("SINGLE"), F.textNode("t 1"), F.booleanNode(true), F.numberNode(4), F.numberNode(81),
            F.numberNode(-1), F.numberNode(new BigDecimal("4.0")), F.numberNode(new BigDecimal("1E+1")),
            F.numberNode(new BigDecimal("10.999999999999999999")), F.numberNode(new BigDecimal("80.00000000000000001")),
            F.numberNode(new BigDecimal("4.5")), F.numberNode(99999999999L), F.objectNode(), F.arrayNode(),
            F.arrayNode().add("GT").add("GT"));

    @Provide
    Arbitrary<String> mutatedJson() {
        Arbitrary<JsonNode> trees = Applicants.applicants().map(a -> {
            try {
                return EXACT.readTree(EligibilityJson.writeApplicant(a));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return net.jqwik.api.Combinators.combine(trees, Arbitraries.integers().between(0, 10_000),
                Arbitraries.of(VALUES), Arbitraries.integers().between(0, 3)).as((tree, where, value, how) -> {
            JsonNode copy = tree.deepCopy();
            List<JsonNode> containers = new ArrayList<>();
            collect(copy, containers);
            JsonNode target = containers.get(where % containers.size());
            if (how == 0) {
                return copy.toString(); // unchanged
            }
            if (target instanceof ObjectNode o) {
                List<String> names = new ArrayList<>();
                o.fieldNames().forEachRemaining(names::add);
                names.sort(Comparator.naturalOrder());
                if (how == 1 || names.isEmpty()) {
                    o.set("extra", value.deepCopy());
                } else if (how == 2) {
                    o.set(names.get(where % names.size()), value.deepCopy());
                } else {
                    o.remove(names.get(where % names.size()));
                }
            } else if (target instanceof ArrayNode arr) {
                if (arr.isEmpty() || how == 1) {
                    arr.add(value.deepCopy());
                } else {
                    arr.set(where % arr.size(), value.deepCopy());
                }
            }
            return copy.toString();
        });
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }
}
