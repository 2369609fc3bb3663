package org.safemobility.eligibility.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Employment;
import org.safemobility.eligibility.model.I130;
import org.safemobility.eligibility.model.JobOffer;
import org.safemobility.eligibility.model.Office;
import org.safemobility.eligibility.model.Protection;
import org.safemobility.eligibility.model.Residence;
import org.safemobility.eligibility.model.UsHistory;
import org.safemobility.eligibility.model.UsRelative;
import org.safemobility.eligibility.testing.SchemaCheck;

/** The generators make valid applicants, honour their constraints, and aim at the policy without narrowing to it. */
@PropertyDefaults(tries = 300)
class ApplicantArbitraryProperties {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2023, 12, 31);

    @Provide
    Arbitrary<Applicant> defaults() {
        return Applicants.applicants();
    }

    /** Aimed at a copy of the bundled rules: the testkit's tests have no bundled rules jar to aim at by default. */
    @Provide
    Arbitrary<Applicant> aimed() {
        return Applicants.aimedAt(RulesFolder.bundledCopy());
    }

    @Provide
    Arbitrary<Applicant> complete() {
        return Applicants.applicants().complete();
    }

    @Provide
    Arbitrary<Applicant> narrowed() {
        return Applicants.applicants().offices(Office.CR, Office.EC).evaluatedBetween(FIRST, LAST)
                .nationalitiesFrom("VE", "CU").agedBetween(18, 20).partial(0.5);
    }

    @Property
    void applicantsFollowTheContract(@ForAll("defaults") Applicant applicant) {
        followsTheContract(applicant);
    }

    @Property
    void aimedApplicantsFollowTheContract(@ForAll("aimed") Applicant applicant) {
        followsTheContract(applicant);
    }

    private static void followsTheContract(Applicant applicant) {
        valid(applicant);
        assertTrue(applicant.id().matches("synthetic-[a-z]{6}"), "obviously synthetic");
        assertNotNull(applicant.applicationDate(), "the evaluation date never comes from the clock");
        assertTrue(applicant.dateOfBirth() == null || !applicant.dateOfBirth().isAfter(applicant.applicationDate()));
    }

    @Property
    void completeApplicantsAnswerEveryQuestion(@ForAll("complete") Applicant applicant) throws IOException {
        valid(applicant);
        List<String> unanswered = new ArrayList<>();
        unanswered(schema(), MAPPER.readTree(EligibilityJson.writeApplicant(applicant)), "", unanswered);
        assertEquals(List.of(), unanswered, "every property of the schema is present, a relative's i130 excepted");
    }

    @Property
    void constraintsAreHonoured(@ForAll("narrowed") Applicant applicant) {
        valid(applicant);
        assertTrue(Set.of(Office.CR, Office.EC).contains(applicant.office()));
        assertFalse(applicant.applicationDate().isBefore(FIRST) || applicant.applicationDate().isAfter(LAST));
        assertFalse(applicant.nationalities().isEmpty());
        assertTrue(Set.of("VE", "CU").containsAll(applicant.nationalities()), applicant.nationalities()::toString);
        int age = Period.between(applicant.dateOfBirth(), applicant.applicationDate()).getYears();
        assertTrue(age >= 18 && age <= 20, () -> "age " + age);
    }

    @Property
    void partsAreValidOnTheirOwn(@ForAll("relatives") UsRelative relative, @ForAll("petitions") I130 petition,
                                 @ForAll("offers") JobOffer offer, @ForAll("employments") Employment employment,
                                 @ForAll("protections") Protection protection, @ForAll("residences") Residence residence,
                                 @ForAll("histories") UsHistory history) {
        List<JobOffer> offers = new ArrayList<>(employment.jobOffers() == null ? List.of() : employment.jobOffers());
        offers.add(offer);
        UsRelative petitioner = new UsRelative(relative.relationship(), relative.status(), relative.dateOfBirth(),
                relative.pendingSince(), relative.frpInvitation(), petition);
        valid(Applicant.builder("synthetic-parts", Office.EC).applicationDate(LocalDate.of(2024, 2, 29))
                .residence(residence).protection(protection).usRelatives(List.of(relative, petitioner)).usHistory(history)
                .employment(new Employment(employment.education(), employment.experienceYears(), offers)).build());
    }

    @Provide
    Arbitrary<UsRelative> relatives() {
        return Applicants.applicants().relatives(LocalDate.of(2024, 2, 29));
    }

    @Provide
    Arbitrary<I130> petitions() {
        return Applicants.applicants().petitions();
    }

    @Provide
    Arbitrary<JobOffer> offers() {
        return Applicants.applicants().complete().jobOffers();
    }

    @Provide
    Arbitrary<Employment> employments() {
        return Applicants.applicants().employments();
    }

    @Provide
    Arbitrary<Protection> protections() {
        return Applicants.applicants().protections();
    }

    @Provide
    Arbitrary<Residence> residences() {
        return Applicants.applicants().residences(Office.EC, LocalDate.of(2024, 2, 29));
    }

    @Provide
    Arbitrary<UsHistory> histories() {
        return Applicants.applicants().usHistories(LocalDate.of(2024, 2, 29));
    }

    /**
     * Aimed, not narrowed: most evaluation dates fall in the offices' window (the bundled rules':
     * policy section 2) but not all, most host-office applicants live in the office's country but
     * not all, answers are usually given but not always.
     */
    @Property(tries = 1000)
    void answersAreAimedAtThePolicyButVaried(@ForAll("aimed") Applicant applicant) {
        LocalDate d = applicant.applicationDate();
        boolean inWindow = !d.isBefore(LocalDate.of(2023, 6, 12)) && !d.isAfter(LocalDate.of(2025, 1, 26));
        Statistics.label("evaluated while the offices registered").collect(inWindow);
        Statistics.label("evaluated while the offices registered").coverage(c -> {
            c.check(true).percentage(p -> p > 45 && p < 90);
        });
        Statistics.label("dateOfBirth absent").collect(applicant.dateOfBirth() == null);
        Statistics.label("dateOfBirth absent").coverage(c -> c.check(true).percentage(p -> p > 5 && p < 40));
        if (applicant.office() != Office.GT && applicant.residence() != null && applicant.residence().country() != null) {
            boolean home = applicant.residence().country().equals(applicant.office().name());
            Statistics.label("a host office's applicant lives in its country").collect(home);
            Statistics.label("a host office's applicant lives in its country").coverage(c -> c.check(true).percentage(p -> p > 40 && p < 95));
        }
    }

    // --- helpers ------------------------------------------------------------------------------

    /** Valid against applicant.schema.json and the strict reader, which also applies the engine's checks. */
    private static void valid(Applicant applicant) {
        String json = EligibilityJson.writeApplicant(applicant);
        try {
            assertEquals(List.of(), SchemaCheck.APPLICANT.violations(MAPPER.readTree(json)), json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(applicant, EligibilityJson.readApplicant(json), json);
    }

    private static JsonNode schema() throws IOException {
        try (InputStream in = EligibilityJson.class.getResourceAsStream("/org/safemobility/eligibility/schema/applicant.schema.json")) {
            return MAPPER.readTree(in);
        }
    }

    /** Collects the schema's properties that {@code node} leaves out, at every level it has. */
    private static void unanswered(JsonNode schema, JsonNode node, String path, List<String> out) {
        JsonNode properties = schema.path("properties");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            String child = path + "/" + p.getKey();
            JsonNode value = node.get(p.getKey());
            if (value == null) {
                if (!p.getKey().equals("i130")) {
                    out.add(child);
                }
            } else if (value.isObject()) {
                unanswered(p.getValue(), value, child, out);
            } else if (value.isArray() && p.getValue().path("items").has("properties")) {
                for (JsonNode item : value) {
                    unanswered(p.getValue().get("items"), item, child + "[]", out);
                }
            }
        }
    }
}
