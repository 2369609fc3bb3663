package org.safemobility.eligibility.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.safemobility.eligibility.interview.AnswerType;
import org.safemobility.eligibility.model.Relationship;
import org.safemobility.eligibility.model.ResidenceStatus;

class FieldsTest {

    @Test
    void eachFieldTakesTheAnswerItsContractTypeSays() {
        assertEquals(AnswerType.DATE, Fields.of("dateOfBirth").type());
        assertEquals(AnswerType.COUNTRIES, Fields.of("nationalities").type());
        assertEquals(AnswerType.COUNTRY, Fields.of("residence.country").type());
        assertEquals(AnswerType.ENUM, Fields.of("residence.status").type());
        assertEquals(ResidenceStatus.class, Fields.of("residence.status").enumType());
        assertEquals(AnswerType.ENUMS, Fields.of("protection.grounds").type());
        assertEquals(AnswerType.BOOLEAN, Fields.of("protection.pastPersecution").type());
        assertEquals(AnswerType.DATES, Fields.of("usHistory.removalOrderDates").type());
        assertEquals(AnswerType.INTEGER, Fields.of("employment.experienceYears").type());
        assertEquals(AnswerType.INTEGER, Fields.of("employment.jobOffers[4].durationMonths").type());
    }

    @Test
    void aListOfEntriesIsAskedWholeWithTheOneFieldTheContractRequiresOfEachEntry() {
        Fields.Field relatives = Fields.of("usRelatives");
        assertEquals(AnswerType.LIST, relatives.type());
        assertEquals("relationship", relatives.required());
        assertEquals(Relationship.class, relatives.enumType());
        // an entry with an i130 is a petition (policy section 4): its presence comes with the list
        assertEquals(java.util.List.of("relationship", "i130"), relatives.given());
        // the required field comes with the list; the others are asked entry by entry
        assertNull(Fields.of("usRelatives[0].relationship"));
        assertEquals(AnswerType.ENUM, Fields.of("usRelatives[0].i130.status").type());

        Fields.Field offers = Fields.of("employment.jobOffers");
        assertEquals(AnswerType.LIST, offers.type());
        assertNull(offers.required());
        assertEquals(java.util.List.of(), offers.given());
    }

    @Test
    void whoTheApplicantIsWhereTheyRegisterAndWhenAreGivenNotAsked() {
        assertNull(Fields.of("id"));
        assertNull(Fields.of("office"));
        assertNull(Fields.of("applicationDate"));
        assertEquals("usRelatives[].i130.status", Fields.generic("usRelatives[12].i130.status"));
    }
}
