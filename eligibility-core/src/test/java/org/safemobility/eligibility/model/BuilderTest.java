package org.safemobility.eligibility.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model's builders: lists copied when given, unknown left {@code null}, each build a new record. */
class BuilderTest {

    @Test
    void aListGivenToABuilderIsCopiedSoLaterChangesToItDoNotReachTheRecord() {
        List<String> nationalities = new ArrayList<>(List.of("GT"));
        Applicant.Builder builder = Applicant.builder("c-1", Office.GT).nationalities(nationalities);
        nationalities.add("MX");
        assertEquals(List.of("GT"), builder.build().nationalities());

        List<ProtectionGround> grounds = new ArrayList<>(List.of(ProtectionGround.RACE));
        Protection.Builder protection = Protection.builder().grounds(grounds);
        grounds.clear();
        assertEquals(List.of(ProtectionGround.RACE), protection.build().grounds());

        List<LocalDate> entries = new ArrayList<>(List.of(LocalDate.of(2020, 1, 1)));
        UsHistory.Builder history = UsHistory.builder().irregularEntryDates(entries);
        entries.set(0, LocalDate.of(2021, 1, 1));
        assertEquals(List.of(LocalDate.of(2020, 1, 1)), history.build().irregularEntryDates());

        List<JobOffer> offers = new ArrayList<>(List.of(JobOffer.builder().kind(JobKind.AGRICULTURAL).build()));
        Employment.Builder employment = Employment.builder().jobOffers(offers);
        offers.add(JobOffer.builder().build());
        assertEquals(1, employment.build().jobOffers().size());

        List<UsRelative> relatives = new ArrayList<>(List.of(UsRelative.builder().relationship(Relationship.CHILD).build()));
        Applicant.Builder withRelatives = Applicant.builder("c-2", Office.CO).usRelatives(relatives);
        relatives.clear();
        assertEquals(1, withRelatives.build().usRelatives().size());
    }

    @Test
    void anArrayGivenToAVarargsSetterIsCopiedToo() {
        String[] codes = {"GT", "HN"};
        Applicant.Builder builder = Applicant.builder("c-3", Office.GT).nationalities(codes);
        codes[0] = "XX";
        assertEquals(List.of("GT", "HN"), builder.build().nationalities());

        SecurityConcern[] concerns = {SecurityConcern.TERRORISM};
        Protection.Builder protection = Protection.builder().securityConcerns(concerns);
        Arrays.fill(concerns, SecurityConcern.FOREIGN_POLICY);
        assertEquals(List.of(SecurityConcern.TERRORISM), protection.build().securityConcerns());
    }

    @Test
    void theListsOfABuiltRecordCannotBeChanged() {
        Applicant a = Applicant.builder("c-4", Office.EC).nationalities(new ArrayList<>(List.of("VE"))).build();
        assertThrows(UnsupportedOperationException.class, () -> a.nationalities().add("CO"));
    }

    @Test
    void aNullInAListIsRefusedWhenGiven() {
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        Applicant.Builder builder = Applicant.builder("c-5", Office.GT);
        assertThrows(NullPointerException.class, () -> builder.nationalities(withNull));
        assertThrows(NullPointerException.class, () -> builder.nationalities("GT", null));
    }

    @Test
    void whatIsNotSetIsUnknownAndAnEmptyListIsAKnownNone() {
        Applicant unknown = Applicant.builder().id("c-6").office(Office.CR).build();
        assertEquals(new Applicant("c-6", Office.CR, null, null, null, null, null, null, null, null, null, null), unknown);
        assertNull(unknown.nationalities());

        Applicant none = Applicant.builder().id("c-6").office(Office.CR).nationalities().usRelatives().build();
        assertEquals(List.of(), none.nationalities());
        assertEquals(List.of(), none.usRelatives());
        assertNotEquals(unknown, none);

        assertEquals(new Residence(null, null, null, null, null), Residence.builder().build());
        assertEquals(new I130(null, null, null, null), I130.builder().build());
        assertEquals(new JobOffer(null, null, null, null, null, null, null), JobOffer.builder().build());
    }

    @Test
    void aBuilderIsReusableAndEachBuildIsANewRecord() {
        Applicant.Builder builder = Applicant.builder("c-7", Office.GT).dateOfBirth(LocalDate.of(2000, 1, 1));
        Applicant first = builder.build();
        Applicant second = builder.dateOfBirth(LocalDate.of(2001, 1, 1)).build();
        assertEquals(LocalDate.of(2000, 1, 1), first.dateOfBirth());
        assertEquals(LocalDate.of(2001, 1, 1), second.dateOfBirth());
    }

    @Test
    void everyComponentOfANestedRecordIsSetByTheSetterOfItsName() {
        UsRelative r = UsRelative.builder()
                .relationship(Relationship.PARENT)
                .status(RelativeStatus.REFUGEE)
                .dateOfBirth(LocalDate.of(1960, 2, 3))
                .pendingSince(LocalDate.of(2022, 4, 5))
                .frpInvitation(false)
                .i130(I130.builder().status(I130Status.PENDING).category(PreferenceCategory.F2B)
                        .role(PetitionRole.DERIVATIVE).principalNationality("CU").build())
                .build();
        assertEquals(new UsRelative(Relationship.PARENT, RelativeStatus.REFUGEE, LocalDate.of(1960, 2, 3),
                LocalDate.of(2022, 4, 5), false,
                new I130(I130Status.PENDING, PreferenceCategory.F2B, PetitionRole.DERIVATIVE, "CU")), r);

        JobOffer offer = JobOffer.builder().kind(JobKind.SPECIALTY_OCCUPATION).usEmployer(true)
                .temporaryNeed(TemporaryNeed.PERMANENT).durationMonths(36)
                .laborCertification(LaborCertification.NONE).capExempt(false).capSelected(true).build();
        assertEquals(new JobOffer(JobKind.SPECIALTY_OCCUPATION, true, TemporaryNeed.PERMANENT, 36,
                LaborCertification.NONE, false, true), offer);

        Residence residence = Residence.builder().country("EC").status(ResidenceStatus.REGULARIZATION_IN_PROCESS)
                .arrivalDate(LocalDate.of(2019, 1, 1)).asylumRegistrationDate(LocalDate.of(2019, 2, 1))
                .appliedForRegularization(true).build();
        assertEquals(new Residence("EC", ResidenceStatus.REGULARIZATION_IN_PROCESS, LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 2, 1), true), residence);
    }
}
