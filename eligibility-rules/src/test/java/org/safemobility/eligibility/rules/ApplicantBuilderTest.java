package org.safemobility.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.safemobility.eligibility.model.ProtectionGround.GENERALIZED_VIOLENCE;
import static org.safemobility.eligibility.model.ProtectionGround.POLITICAL_OPINION;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Education;
import org.safemobility.eligibility.model.Employment;
import org.safemobility.eligibility.model.I130;
import org.safemobility.eligibility.model.I130Status;
import org.safemobility.eligibility.model.JobKind;
import org.safemobility.eligibility.model.JobOffer;
import org.safemobility.eligibility.model.LaborCertification;
import org.safemobility.eligibility.model.MaritalStatus;
import org.safemobility.eligibility.model.Office;
import org.safemobility.eligibility.model.PetitionRole;
import org.safemobility.eligibility.model.PreferenceCategory;
import org.safemobility.eligibility.model.Protection;
import org.safemobility.eligibility.model.ProtectionGround;
import org.safemobility.eligibility.model.Relationship;
import org.safemobility.eligibility.model.RelativeStatus;
import org.safemobility.eligibility.model.Residence;
import org.safemobility.eligibility.model.ResidenceStatus;
import org.safemobility.eligibility.model.TemporaryNeed;
import org.safemobility.eligibility.model.UsHistory;
import org.safemobility.eligibility.model.UsRelative;

/**
 * Applicants built with the builders, written out field by field from the contract's worked
 * examples, equal the same applicants read from their JSON: the builders' setters are the JSON's
 * fields, and a setter not called is a field left out (unknown).
 */
class ApplicantBuilderTest {

    @Test
    void theNicaraguanWithPartialAnswersBuildsAsItsJsonReads() throws IOException {
        Applicant built = Applicant.builder()
                .id("ex-04")
                .office(Office.CR)
                .applicationDate(LocalDate.of(2023, 8, 15))
                .dateOfBirth(LocalDate.of(1999, 12, 1))
                .nationalities("NI")
                .residence(Residence.builder()
                        .country("CR")
                        .status(ResidenceStatus.ASYLUM_SEEKER)
                        .arrivalDate(LocalDate.of(2022, 10, 3))
                        .build())
                .protection(Protection.builder()
                        .fearOfPersecution(true)
                        .grounds(POLITICAL_OPINION)
                        .build())
                .employment(Employment.builder()
                        .education(Education.BACHELOR)
                        .experienceYears(2)
                        .jobOffers(JobOffer.builder()
                                .kind(JobKind.SPECIALTY_OCCUPATION)
                                .usEmployer(true)
                                .build())
                        .build())
                .build();

        assertEquals(LanguageTest.example("04-nicaraguan-in-costa-rica-partial-answers"), built);
    }

    @Test
    void theHonduranSiblingWithAnApprovedPetitionBuildsAsItsJsonReads() throws IOException {
        Applicant built = Applicant.builder()
                .id("ex-02")
                .office(Office.GT)
                .applicationDate(LocalDate.of(2024, 3, 18))
                .dateOfBirth(LocalDate.of(1995, 2, 2))
                .nationalities("HN")
                .maritalStatus(MaritalStatus.SINGLE)
                .residence(Residence.builder().country("HN").status(ResidenceStatus.CITIZEN).build())
                .protection(Protection.builder()
                        .pastPersecution(false)
                        .fearOfPersecution(false)
                        .grounds()
                        .participatedInPersecution(false)
                        .firmResettlementOffer(false)
                        .securityConcerns()
                        .build())
                .passportExpiryDate(LocalDate.of(2029, 1, 1))
                .usRelatives(UsRelative.builder()
                        .relationship(Relationship.SIBLING)
                        .status(RelativeStatus.US_CITIZEN)
                        .dateOfBirth(LocalDate.of(1985, 6, 6))
                        .frpInvitation(true)
                        .i130(I130.builder()
                                .status(I130Status.APPROVED)
                                .category(PreferenceCategory.F4)
                                .role(PetitionRole.PRINCIPAL)
                                .build())
                        .build())
                .usHistory(UsHistory.builder()
                        .immigrantVisaIssued(false)
                        .irregularEntryDates(LocalDate.of(2019, 4, 2))
                        .interdictionDates()
                        .removalOrderDates()
                        .build())
                .employment(Employment.builder().education(Education.PRIMARY).experienceYears(6).jobOffers().build())
                .build();

        assertEquals(LanguageTest.example("02-honduran-sibling-frp"), built);
    }

    @Test
    void theSalvadoranFarmworkerWithTwoJobOffersBuildsAsItsJsonReads() throws IOException {
        Applicant built = Applicant.builder("ex-03", Office.GT)
                .applicationDate(LocalDate.of(2024, 1, 10))
                .dateOfBirth(LocalDate.of(1992, 8, 30))
                .nationalities(List.of("SV"))
                .maritalStatus(MaritalStatus.SINGLE)
                .residence(Residence.builder().country("SV").status(ResidenceStatus.CITIZEN).build())
                .protection(Protection.builder()
                        .pastPersecution(false)
                        .fearOfPersecution(false)
                        .grounds(ProtectionGround.ECONOMIC)
                        .participatedInPersecution(false)
                        .firmResettlementOffer(false)
                        .securityConcerns(List.of())
                        .build())
                .passportExpiryDate(LocalDate.of(2026, 1, 1))
                .usRelatives(List.of())
                .usHistory(UsHistory.builder()
                        .immigrantVisaIssued(false)
                        .irregularEntryDates(List.of())
                        .interdictionDates(List.of())
                        .removalOrderDates(List.of())
                        .build())
                .employment(Employment.builder()
                        .education(Education.PRIMARY)
                        .experienceYears(9)
                        .jobOffers(
                                JobOffer.builder().kind(JobKind.AGRICULTURAL).usEmployer(true)
                                        .temporaryNeed(TemporaryNeed.SEASONAL).durationMonths(7)
                                        .laborCertification(LaborCertification.APPROVED).build(),
                                JobOffer.builder().kind(JobKind.NON_AGRICULTURAL).usEmployer(true)
                                        .temporaryNeed(TemporaryNeed.PEAKLOAD).durationMonths(10)
                                        .laborCertification(LaborCertification.PENDING).build())
                        .build())
                .build();

        assertEquals(LanguageTest.example("03-salvadoran-seasonal-farmworker"), built);
    }

    @Test
    void theHaitianAskingForRegularizationInEcuadorBuildsAsItsJsonReads() throws IOException {
        Applicant built = Applicant.builder()
                .id("ex-07")
                .office(Office.EC)
                .applicationDate(LocalDate.of(2024, 2, 12))
                .dateOfBirth(LocalDate.of(1990, 5, 5))
                .nationalities("HT")
                .maritalStatus(MaritalStatus.MARRIED)
                .residence(Residence.builder()
                        .country("EC")
                        .status(ResidenceStatus.IRREGULAR)
                        .arrivalDate(LocalDate.of(2021, 3, 3))
                        .appliedForRegularization(true)
                        .build())
                .protection(Protection.builder()
                        .pastPersecution(false)
                        .fearOfPersecution(false)
                        .grounds(GENERALIZED_VIOLENCE)
                        .participatedInPersecution(false)
                        .firmResettlementOffer(false)
                        .securityConcerns()
                        .build())
                .passportExpiryDate(LocalDate.of(2024, 1, 31))
                .usRelatives(UsRelative.builder()
                        .relationship(Relationship.SPOUSE)
                        .status(RelativeStatus.LPR)
                        .dateOfBirth(LocalDate.of(1988, 1, 1))
                        .frpInvitation(true)
                        .i130(I130.builder().status(I130Status.APPROVED).category(PreferenceCategory.F2A)
                                .role(PetitionRole.PRINCIPAL).build())
                        .build())
                .usHistory(UsHistory.builder().immigrantVisaIssued(false)
                        .irregularEntryDates().interdictionDates().removalOrderDates().build())
                .employment(Employment.builder().education(Education.SECONDARY).experienceYears(3).jobOffers().build())
                .build();

        assertEquals(LanguageTest.example("07-haitian-in-ecuador-regularization"), built);
    }

    @Test
    void aFieldLeftOutIsUnknownAndDiffersFromAKnownNone() throws IOException {
        Applicant withoutGrounds = Applicant.builder("ex-04", Office.CR)
                .applicationDate(LocalDate.of(2023, 8, 15))
                .protection(Protection.builder().fearOfPersecution(true).build())
                .build();
        Applicant noGrounds = Applicant.builder("ex-04", Office.CR)
                .applicationDate(LocalDate.of(2023, 8, 15))
                .protection(Protection.builder().fearOfPersecution(true).grounds().build())
                .build();

        assertEquals(null, withoutGrounds.protection().grounds(), "never asked: unknown");
        assertEquals(List.of(), noGrounds.protection().grounds(), "asked, none: known none");
        assertEquals(List.of("protection.grounds"),
                TestEngine.evaluate(withoutGrounds).missingInformation().stream()
                        .map(m -> m.field()).filter(f -> f.startsWith("protection.grounds")).distinct().toList(),
                "the unknown one is listed as missing");
        assertEquals(List.of(),
                TestEngine.evaluate(noGrounds).missingInformation().stream()
                        .map(m -> m.field()).filter(f -> f.startsWith("protection.grounds")).toList(),
                "the known none is not");
    }
}
