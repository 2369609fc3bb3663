package org.safemobility.eligibility.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import org.safemobility.eligibility.EligibilityEngine;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.Violation;
import org.safemobility.eligibility.internal.Json;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Employment;
import org.safemobility.eligibility.model.I130;
import org.safemobility.eligibility.model.JobOffer;
import org.safemobility.eligibility.model.Office;
import org.safemobility.eligibility.model.Residence;
import org.safemobility.eligibility.model.UsHistory;
import org.safemobility.eligibility.model.UsRelative;
import org.safemobility.eligibility.report.EligibilityReport;

/**
 * Malformed and hostile input, through {@link EligibilityJson} and through the Java API, is either
 * evaluated or rejected with {@link InvalidApplicantException}: never another exception, never an
 * error. Rejections use the library's codes and never repeat a value (every generated string
 * carries {@link #MARKER}).
 */
class HostileInputProperties {

    static final String MARKER = "#MRK";
    private static final EligibilityEngine ENGINE = EligibilityEngine.builder().build();
    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 1);
    private static final Set<String> CODES = codes();
    private static final List<String> FIELDS = List.of("id", "office", "applicationDate", "dateOfBirth", "nationalities",
            "maritalStatus", "residence", "protection", "passportExpiryDate", "usRelatives", "usHistory", "employment",
            "country", "status", "arrivalDate", "grounds", "relationship", "i130", "category", "role",
            "principalNationality", "irregularEntryDates", "education", "experienceYears", "jobOffers", "kind",
            "durationMonths", "capExempt");
    private static final List<String> ODD_DATES = List.of("0000-00-00", "+999999999-12-31", "-999999999-01-01",
            "0000-01-01", "9999-12-31", "2023-02-29", "2024-02-29", "2023-13-01", "2023-00-10", "1900-02-29",
            "2023-1-1", "20230101", "2023-01-01T00:00", " 2023-01-01", "2023-01-01\n", "२०२३-०१-०१", "");

    static final AtomicLong READ = new AtomicLong();
    static final AtomicLong EVALUATED = new AtomicLong();
    static final AtomicLong REJECTED = new AtomicLong();

    private static Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        for (Field f : Violation.Codes.class.getFields()) {
            try {
                codes.add((String) f.get(null));
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        return codes;
    }

    // --- generators -----------------------------------------------------------------------

    private static Arbitrary<String> strings() {
        Arbitrary<String> any = Arbitraries.strings().ofMaxLength(12);
        Arbitrary<String> control = Arbitraries.strings().withChars("\u0000\u0001\t\n\r\u001b\u007f\u2028\u2029\ufeff\"\\")
                .ofMaxLength(4);
        return Arbitraries.oneOf(any, control, Arbitraries.of(ODD_DATES), Arbitraries.of("GT", "gt", "XX", "SINGLE", "CR"))
                .map(s -> MARKER + s);
    }

    private static Arbitrary<String> keys() {
        return Arbitraries.oneOf(Arbitraries.of(FIELDS), Arbitraries.of(FIELDS), strings(),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8));
    }

    private static Arbitrary<JsonNode> scalars() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return Arbitraries.oneOf(
                strings().map(f::textNode),
                Arbitraries.of(ODD_DATES).map(f::textNode),
                Arbitraries.integers().map(f::numberNode),
                Arbitraries.longs().map(f::numberNode),
                Arbitraries.doubles().map(f::numberNode),
                Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(30).negate(), java.math.BigInteger.TEN.pow(30)).map(f::numberNode),
                Arbitraries.of(true, false).map(f::booleanNode),
                Arbitraries.just(f.nullNode()));
    }

    private static Arbitrary<JsonNode> values(int depth) {
        if (depth == 0) {
            return scalars();
        }
        JsonNodeFactory f = JsonNodeFactory.instance;
        Arbitrary<JsonNode> arrays = values(depth - 1).list().ofMaxSize(4).map(items -> {
            ArrayNode a = f.arrayNode();
            items.forEach(a::add);
            return a;
        });
        Arbitrary<JsonNode> objects = Combinators.combine(keys(), values(depth - 1)).as(List::<Object>of).list().ofMaxSize(5)
                .map(pairs -> {
                    ObjectNode o = f.objectNode();
                    pairs.forEach(p -> o.set((String) p.get(0), (JsonNode) p.get(1)));
                    return o;
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, scalars()), net.jqwik.api.Tuple.of(1, arrays),
                net.jqwik.api.Tuple.of(2, objects));
    }

    /** Random JSON documents, mostly objects with the contract's field names. */
    @Provide
    Arbitrary<String> randomJson() {
        return values(4).map(JsonNode::toString);
    }

    /** A valid applicant with one node, anywhere in it, replaced by random JSON. */
    @Provide
    Arbitrary<String> mutatedApplicants() {
        return Combinators.combine(ApplicantArbitraries.partial(), values(2), Arbitraries.integers().between(0, 1000))
                .as((applicant, value, choice) -> {
                    ObjectNode tree = (ObjectNode) readTree(EligibilityJson.writeApplicant(applicant));
                    List<JsonNode> containers = new ArrayList<>();
                    collect(tree, containers);
                    JsonNode target = containers.get(choice % containers.size());
                    if (target instanceof ObjectNode o) {
                        List<String> names = new ArrayList<>();
                        o.fieldNames().forEachRemaining(names::add);
                        String name = names.isEmpty() || choice % 5 == 0 ? FIELDS.get(choice % FIELDS.size())
                                : names.get(choice % names.size());
                        o.set(name, value);
                    } else if (target instanceof ArrayNode a) {
                        if (a.isEmpty() || choice % 3 == 0) {
                            a.add(value);
                        } else {
                            a.set(choice % a.size(), value);
                        }
                    }
                    return tree.toString();
                });
    }

    /** A valid applicant's text cut, spliced, or with a key repeated. */
    @Provide
    Arbitrary<String> brokenText() {
        return Combinators.combine(ApplicantArbitraries.partial(), Arbitraries.integers().between(0, 100_000),
                        Arbitraries.strings().ofMaxLength(3), Arbitraries.integers().between(0, 3))
                .as((applicant, at, junk, how) -> {
                    String json = EligibilityJson.writeApplicant(applicant);
                    int i = at % (json.length() + 1);
                    return switch (how) {
                        case 0 -> json.substring(0, i);
                        case 1 -> json.substring(0, i) + junk + json.substring(i);
                        case 2 -> json.substring(0, i) + json.substring(Math.min(json.length(), i + 1 + junk.length()));
                        default -> json.replaceFirst("\\{\"id\":(\"[^\"]*\")", "{\"id\":$1,\"id\":$1");
                    };
                });
    }

    /** Applicants built in Java with values no JSON could carry: any date, any string, long lists. */
    @Provide
    Arbitrary<Applicant> wildApplicants() {
        Arbitrary<LocalDate> date = Arbitraries.oneOf(
                Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()).map(LocalDate::ofEpochDay),
                Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(-1, 12, 31)),
                ApplicantArbitraries.dates(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 1, 1))).injectNull(0.2);
        Arbitrary<String> text = Arbitraries.oneOf(strings(), Arbitraries.of("GT", "HN", "gt", "XX", "smo-1"),
                Arbitraries.strings().withCharRange('a', 'z').ofLength(70));
        Arbitrary<List<String>> countries = text.list().ofMaxSize(120).injectNull(0.2);
        Arbitrary<List<LocalDate>> dates = date.filter(d -> d != null).list().ofMaxSize(110).injectNull(0.3);
        Arbitrary<UsRelative> relative = Combinators.combine(Arbitraries.of(org.safemobility.eligibility.model.Relationship.class).injectNull(0.1),
                date, date, Combinators.combine(text.injectNull(0.3), Arbitraries.of(org.safemobility.eligibility.model.I130Status.class).injectNull(0.3))
                        .as((nat, status) -> new I130(status, null, null, nat)).injectNull(0.3))
                .as((rel, birth, pending, i130) -> new UsRelative(rel, null, birth, pending, null, i130));
        Arbitrary<Employment> employment = Combinators.combine(Arbitraries.integers().injectNull(0.3),
                        Arbitraries.integers().map(n -> new JobOffer(null, null, null, n, null, null, null)).list().ofMaxSize(105).injectNull(0.3))
                .as((years, offers) -> new Employment(null, years, offers)).injectNull(0.3);
        return Combinators.combine(text.injectNull(0.1), Arbitraries.of(Office.class).injectNull(0.05), date, date, countries,
                        Combinators.combine(text.injectNull(0.3), date, date).as((c, arrival, asylum) -> new Residence(c, null, arrival, asylum, null)).injectNull(0.3),
                        relative.list().ofMaxSize(104).injectNull(0.3),
                        Combinators.combine(dates, dates).as((a, b) -> new UsHistory(null, a, b, null)).injectNull(0.3))
                .as((id, office, applied, born, nationalities, residence, relatives, history) -> new Applicant(id, office,
                        applied, born, nationalities, null, residence, null, null, relatives, history, null))
                .flatMap(a -> employment.map(e -> new Applicant(a.id(), a.office(), a.applicationDate(), a.dateOfBirth(),
                        a.nationalities(), null, a.residence(), null, null, a.usRelatives(), a.usHistory(), e)));
    }

    /**
     * Valid applicants at the edges of the contract: any date from 0000-01-01 to 9999-12-31 (the
     * boundaries often), lists of up to the limit of 100 items, every answer possibly absent.
     */
    @Provide
    Arbitrary<Applicant> extremeValidApplicants() {
        LocalDate first = LocalDate.of(0, 1, 1);
        LocalDate last = LocalDate.of(9999, 12, 31);
        Arbitrary<LocalDate> date = Arbitraries.oneOf(ApplicantArbitraries.dates(first, last),
                Arbitraries.of(first, last, LocalDate.of(2000, 2, 29), LocalDate.of(1970, 1, 1)));
        List<String> assigned = List.copyOf(new TreeSet<String>(
                java.util.Locale.getISOCountries(java.util.Locale.IsoCountryCode.PART1_ALPHA2)));
        Arbitrary<String> country = Arbitraries.of(assigned);
        return date.flatMap(d -> {
            Arbitrary<LocalDate> past = ApplicantArbitraries.dates(first, d);
            Arbitrary<UsRelative> relative = Combinators.combine(Arbitraries.of(org.safemobility.eligibility.model.Relationship.class),
                    date.injectNull(0.3), date.injectNull(0.3),
                    Combinators.combine(Arbitraries.of(org.safemobility.eligibility.model.I130Status.class).injectNull(0.2),
                            Arbitraries.of(org.safemobility.eligibility.model.PreferenceCategory.class).injectNull(0.2),
                            Arbitraries.of(org.safemobility.eligibility.model.PetitionRole.class).injectNull(0.2),
                            country.injectNull(0.2)).as(I130::new).injectNull(0.3))
                    .as((rel, birth, pending, i130) -> new UsRelative(rel, null, birth, pending, true, i130));
            Arbitrary<JobOffer> offer = Combinators.combine(Arbitraries.of(org.safemobility.eligibility.model.JobKind.class).injectNull(0.2),
                    Arbitraries.integers().between(1, 120).injectNull(0.2),
                    Arbitraries.of(org.safemobility.eligibility.model.LaborCertification.class).injectNull(0.2))
                    .as((kind, months, cert) -> new JobOffer(kind, true, null, months, cert, false, true));
            return Combinators.combine(Arbitraries.of(Office.class), past.injectNull(0.2),
                            country.set().ofMaxSize(100).map(List::copyOf).injectNull(0.2),
                            Combinators.combine(country.injectNull(0.2), date.injectNull(0.3), date.injectNull(0.3))
                                    .as((c, arrival, asylum) -> new Residence(c, null, arrival, asylum, null)).injectNull(0.2),
                            relative.list().ofMaxSize(100).injectNull(0.2),
                            Combinators.combine(date.list().ofMaxSize(100).injectNull(0.2), date.list().ofMaxSize(100).injectNull(0.2))
                                    .as((a, b) -> new UsHistory(false, a, b, List.of())).injectNull(0.2),
                            Combinators.combine(Arbitraries.integers().between(0, 80).injectNull(0.2), offer.list().ofMaxSize(100).injectNull(0.2))
                                    .as((years, offers) -> new Employment(null, years, offers)).injectNull(0.2),
                            date.injectNull(0.3))
                    .as((office, born, nationalities, residence, relatives, history, employment, passport) -> new Applicant(
                            "edge-1", office, d, born, nationalities, null, residence, null, passport, relatives, history, employment));
        });
    }

    // --- properties --------------------------------------------------------------------------

    @Property(tries = 100)
    void extremeValidApplicantsAreEvaluated(@ForAll("extremeValidApplicants") Applicant applicant) {
        READ.incrementAndGet();
        EligibilityReport report = ENGINE.evaluate(applicant);
        assertEquals(applicant.applicationDate(), report.evaluationDate());
        assertEquals(applicant, EligibilityJson.readApplicant(EligibilityJson.writeApplicant(applicant)),
                "within the contract: JSON can carry it");
        EVALUATED.incrementAndGet();
    }

    @Property(tries = 2_000)
    @Tag("stress")
    void extremeValidApplicantsAreEvaluatedStress(@ForAll("extremeValidApplicants") Applicant applicant) {
        extremeValidApplicantsAreEvaluated(applicant);
    }

    @Property(tries = 300)
    void randomJsonIsEvaluatedOrRejected(@ForAll("randomJson") String json) {
        readAndEvaluate(json);
    }

    @Property(tries = 300)
    void mutatedApplicantsAreEvaluatedOrRejected(@ForAll("mutatedApplicants") String json) {
        readAndEvaluate(json);
    }

    @Property(tries = 300)
    void brokenTextIsRejected(@ForAll("brokenText") String json) {
        readAndEvaluate(json);
    }

    @Property(tries = 200)
    void wildJavaApplicantsAreEvaluatedOrRejected(@ForAll("wildApplicants") Applicant applicant) {
        evaluate(applicant);
    }

    @Property(tries = 5_000)
    @Tag("stress")
    void randomJsonIsEvaluatedOrRejectedStress(@ForAll("randomJson") String json) {
        readAndEvaluate(json);
    }

    @Property(tries = 5_000)
    @Tag("stress")
    void mutatedApplicantsAreEvaluatedOrRejectedStress(@ForAll("mutatedApplicants") String json) {
        readAndEvaluate(json);
    }

    @Property(tries = 5_000)
    @Tag("stress")
    void brokenTextIsRejectedStress(@ForAll("brokenText") String json) {
        readAndEvaluate(json);
    }

    @Property(tries = 3_000)
    @Tag("stress")
    void wildJavaApplicantsAreEvaluatedOrRejectedStress(@ForAll("wildApplicants") Applicant applicant) {
        evaluate(applicant);
    }

    @AfterContainer
    static void figures() {
        Figures.print("hostile", READ.get() + " generated inputs read, " + EVALUATED.get() + " evaluated, "
                + REJECTED.get() + " rejected as InvalidApplicantException, no other exception");
    }

    // --- checks ------------------------------------------------------------------------------

    static void readAndEvaluate(String json) {
        READ.incrementAndGet();
        Applicant applicant;
        try {
            applicant = EligibilityJson.readApplicant(json);
        } catch (InvalidApplicantException e) {
            rejected(e);
            return;
        }
        evaluate(applicant);
    }

    static void evaluate(Applicant applicant) {
        try {
            EligibilityReport report = ENGINE.evaluate(applicant, AS_OF);
            assertEquals(applicant.id(), report.applicantId());
            assertEquals(6, report.pathways().size());
            EVALUATED.incrementAndGet();
        } catch (InvalidApplicantException e) {
            rejected(e);
        }
    }

    private static void rejected(InvalidApplicantException e) {
        REJECTED.incrementAndGet();
        assertFalse(e.violations().isEmpty());
        assertTrue(e.violations().size() <= 101, "violations are capped");
        for (Violation v : e.violations()) {
            assertTrue(CODES.contains(v.code()), "a library code: " + v.code());
            assertFalse(v.message().contains(MARKER) || v.field().contains(MARKER), "a value was repeated: " + v);
            assertFalse(v.field().contains("\n") || v.field().contains("\r"), "a line break in a field path: " + v);
        }
        assertFalse(e.getMessage().contains(MARKER), e.getMessage());
        assertEquals(null, e.getCause());
    }

    private static JsonNode readTree(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }
}
