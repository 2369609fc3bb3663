package org.safemobility.eligibility.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Education;
import org.safemobility.eligibility.model.Employment;
import org.safemobility.eligibility.model.MaritalStatus;
import org.safemobility.eligibility.model.Office;
import org.safemobility.eligibility.model.Protection;
import org.safemobility.eligibility.model.ProtectionGround;
import org.safemobility.eligibility.model.Residence;
import org.safemobility.eligibility.model.ResidenceStatus;
import org.safemobility.eligibility.model.SecurityConcern;
import org.safemobility.eligibility.model.UsHistory;

/**
 * The fact every rule starts from: one applicant screened on one evaluation date.
 *
 * <p>Each accessor returns the answer together with its field path, so that a rule's atomic tests
 * know what to report as missing. Absent parent objects give absent answers with the child's own
 * path ({@code protection.pastPersecution}, not {@code protection}).
 *
 * <p>For rule authors; applications do not create screenings. Immutable.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Screening {

    private final Applicant applicant;
    private final LocalDate date;
    private final List<RelativeAnswers> relatives;
    private final List<OfferAnswers> offers;

    public Screening(Applicant applicant, LocalDate date) {
        this.applicant = Objects.requireNonNull(applicant, "applicant");
        this.date = Objects.requireNonNull(date, "date");
        this.relatives = applicant.usRelatives() == null ? null : indexRelatives(applicant);
        Employment employment = applicant.employment();
        this.offers = employment == null || employment.jobOffers() == null ? null : indexOffers(employment);
    }

    /** The evaluation date D: every date test is against it. */
    public LocalDate getDate() {
        return date;
    }

    /** The evaluation date D. */
    public LocalDate date() {
        return date;
    }

    /** The office where the person registers; always known. */
    public Office getOffice() {
        return applicant.office();
    }

    /** The office where the person registers; always known. */
    public Office office() {
        return applicant.office();
    }

    /** The applicant; for the engine's assembly, not for rules. */
    public Applicant applicant() {
        return applicant;
    }

    public Answer<LocalDate> dateOfBirth() {
        return new Answer<>("dateOfBirth", applicant.dateOfBirth());
    }

    /** Age on D in whole years, as the policy defines it (section 1). */
    public Answer<Integer> age() {
        return dateOfBirth().yearsUntil(date);
    }

    public AnswerList<String> nationalities() {
        return new AnswerList<>("nationalities", applicant.nationalities());
    }

    public Answer<MaritalStatus> maritalStatus() {
        return new Answer<>("maritalStatus", applicant.maritalStatus());
    }

    public Answer<String> residenceCountry() {
        Residence r = applicant.residence();
        return new Answer<>("residence.country", r == null ? null : r.country());
    }

    public Answer<ResidenceStatus> residenceStatus() {
        Residence r = applicant.residence();
        return new Answer<>("residence.status", r == null ? null : r.status());
    }

    public Answer<LocalDate> arrivalDate() {
        Residence r = applicant.residence();
        return new Answer<>("residence.arrivalDate", r == null ? null : r.arrivalDate());
    }

    public Answer<LocalDate> asylumRegistrationDate() {
        Residence r = applicant.residence();
        return new Answer<>("residence.asylumRegistrationDate", r == null ? null : r.asylumRegistrationDate());
    }

    public Answer<Boolean> appliedForRegularization() {
        Residence r = applicant.residence();
        return new Answer<>("residence.appliedForRegularization", r == null ? null : r.appliedForRegularization());
    }

    public Answer<Boolean> pastPersecution() {
        Protection p = applicant.protection();
        return new Answer<>("protection.pastPersecution", p == null ? null : p.pastPersecution());
    }

    public Answer<Boolean> fearOfPersecution() {
        Protection p = applicant.protection();
        return new Answer<>("protection.fearOfPersecution", p == null ? null : p.fearOfPersecution());
    }

    public AnswerList<ProtectionGround> protectionGrounds() {
        Protection p = applicant.protection();
        return new AnswerList<>("protection.grounds", p == null ? null : p.grounds());
    }

    public Answer<Boolean> participatedInPersecution() {
        Protection p = applicant.protection();
        return new Answer<>("protection.participatedInPersecution", p == null ? null : p.participatedInPersecution());
    }

    public Answer<Boolean> firmResettlementOffer() {
        Protection p = applicant.protection();
        return new Answer<>("protection.firmResettlementOffer", p == null ? null : p.firmResettlementOffer());
    }

    public AnswerList<SecurityConcern> securityConcerns() {
        Protection p = applicant.protection();
        return new AnswerList<>("protection.securityConcerns", p == null ? null : p.securityConcerns());
    }

    public Answer<LocalDate> passportExpiryDate() {
        return new Answer<>("passportExpiryDate", applicant.passportExpiryDate());
    }

    /** Whether {@code usRelatives} was answered (an empty list is an answer). */
    public boolean isUsRelativesAnswered() {
        return relatives != null;
    }

    /** The relatives in input order; empty when {@code usRelatives} was not answered. */
    public List<RelativeAnswers> relatives() {
        return relatives == null ? List.of() : relatives;
    }

    /** The relatives in input order, for {@code from} in rule conditions. */
    public List<RelativeAnswers> getRelatives() {
        return relatives();
    }

    public Answer<Boolean> immigrantVisaIssued() {
        UsHistory h = applicant.usHistory();
        return new Answer<>("usHistory.immigrantVisaIssued", h == null ? null : h.immigrantVisaIssued());
    }

    public AnswerList<LocalDate> irregularEntryDates() {
        UsHistory h = applicant.usHistory();
        return new AnswerList<>("usHistory.irregularEntryDates", h == null ? null : h.irregularEntryDates());
    }

    public AnswerList<LocalDate> interdictionDates() {
        UsHistory h = applicant.usHistory();
        return new AnswerList<>("usHistory.interdictionDates", h == null ? null : h.interdictionDates());
    }

    public AnswerList<LocalDate> removalOrderDates() {
        UsHistory h = applicant.usHistory();
        return new AnswerList<>("usHistory.removalOrderDates", h == null ? null : h.removalOrderDates());
    }

    public Answer<Education> education() {
        Employment e = applicant.employment();
        return new Answer<>("employment.education", e == null ? null : e.education());
    }

    public Answer<Integer> experienceYears() {
        Employment e = applicant.employment();
        return new Answer<>("employment.experienceYears", e == null ? null : e.experienceYears());
    }

    /** Whether {@code employment.jobOffers} was answered (an empty list is an answer). */
    public boolean isJobOffersAnswered() {
        return offers != null;
    }

    /** The job offers in input order, for {@code from} in rule conditions. */
    public List<OfferAnswers> getOffers() {
        return offers == null ? List.of() : offers;
    }

    private static List<RelativeAnswers> indexRelatives(Applicant applicant) {
        List<RelativeAnswers> out = new ArrayList<>(applicant.usRelatives().size());
        for (int i = 0; i < applicant.usRelatives().size(); i++) {
            out.add(new RelativeAnswers(i, applicant.usRelatives().get(i)));
        }
        return Collections.unmodifiableList(out);
    }

    private static List<OfferAnswers> indexOffers(Employment employment) {
        List<OfferAnswers> out = new ArrayList<>(employment.jobOffers().size());
        for (int i = 0; i < employment.jobOffers().size(); i++) {
            out.add(new OfferAnswers(i, employment.jobOffers().get(i)));
        }
        return Collections.unmodifiableList(out);
    }

    /** Redacted: a screening holds personal data. */
    @Override
    public String toString() {
        // the evaluation date is the application date when there is one: personal data too
        return "Screening[office=" + applicant.office() + ", personal data redacted]";
    }
}
