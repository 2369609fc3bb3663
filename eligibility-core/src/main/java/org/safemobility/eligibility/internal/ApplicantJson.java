package org.safemobility.eligibility.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.safemobility.eligibility.model.Applicant;
import org.safemobility.eligibility.model.Employment;
import org.safemobility.eligibility.model.I130;
import org.safemobility.eligibility.model.JobOffer;
import org.safemobility.eligibility.model.Protection;
import org.safemobility.eligibility.model.Residence;
import org.safemobility.eligibility.model.UsHistory;
import org.safemobility.eligibility.model.UsRelative;

/** Writes applicants in the field order of {@code applicant.schema.json}, leaving absent answers out. */
public final class ApplicantJson {

    private ApplicantJson() {
    }

    public static void write(JsonGenerator g, Applicant a) throws IOException {
        g.writeStartObject();
        string(g, "id", a.id());
        name(g, "office", a.office());
        date(g, "applicationDate", a.applicationDate());
        date(g, "dateOfBirth", a.dateOfBirth());
        strings(g, "nationalities", a.nationalities());
        name(g, "maritalStatus", a.maritalStatus());
        Residence r = a.residence();
        if (r != null) {
            g.writeObjectFieldStart("residence");
            string(g, "country", r.country());
            name(g, "status", r.status());
            date(g, "arrivalDate", r.arrivalDate());
            date(g, "asylumRegistrationDate", r.asylumRegistrationDate());
            bool(g, "appliedForRegularization", r.appliedForRegularization());
            g.writeEndObject();
        }
        Protection p = a.protection();
        if (p != null) {
            g.writeObjectFieldStart("protection");
            bool(g, "pastPersecution", p.pastPersecution());
            bool(g, "fearOfPersecution", p.fearOfPersecution());
            names(g, "grounds", p.grounds());
            bool(g, "participatedInPersecution", p.participatedInPersecution());
            bool(g, "firmResettlementOffer", p.firmResettlementOffer());
            names(g, "securityConcerns", p.securityConcerns());
            g.writeEndObject();
        }
        date(g, "passportExpiryDate", a.passportExpiryDate());
        if (a.usRelatives() != null) {
            g.writeArrayFieldStart("usRelatives");
            for (UsRelative rel : a.usRelatives()) {
                g.writeStartObject();
                name(g, "relationship", rel.relationship());
                name(g, "status", rel.status());
                date(g, "dateOfBirth", rel.dateOfBirth());
                date(g, "pendingSince", rel.pendingSince());
                bool(g, "frpInvitation", rel.frpInvitation());
                I130 i = rel.i130();
                if (i != null) {
                    g.writeObjectFieldStart("i130");
                    name(g, "status", i.status());
                    name(g, "category", i.category());
                    name(g, "role", i.role());
                    string(g, "principalNationality", i.principalNationality());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        UsHistory h = a.usHistory();
        if (h != null) {
            g.writeObjectFieldStart("usHistory");
            bool(g, "immigrantVisaIssued", h.immigrantVisaIssued());
            dates(g, "irregularEntryDates", h.irregularEntryDates());
            dates(g, "interdictionDates", h.interdictionDates());
            dates(g, "removalOrderDates", h.removalOrderDates());
            g.writeEndObject();
        }
        Employment e = a.employment();
        if (e != null) {
            g.writeObjectFieldStart("employment");
            name(g, "education", e.education());
            if (e.experienceYears() != null) {
                g.writeNumberField("experienceYears", e.experienceYears());
            }
            if (e.jobOffers() != null) {
                g.writeArrayFieldStart("jobOffers");
                for (JobOffer o : e.jobOffers()) {
                    g.writeStartObject();
                    name(g, "kind", o.kind());
                    bool(g, "usEmployer", o.usEmployer());
                    name(g, "temporaryNeed", o.temporaryNeed());
                    if (o.durationMonths() != null) {
                        g.writeNumberField("durationMonths", o.durationMonths());
                    }
                    name(g, "laborCertification", o.laborCertification());
                    bool(g, "capExempt", o.capExempt());
                    bool(g, "capSelected", o.capSelected());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    private static void name(JsonGenerator g, String field, Enum<?> value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value.name());
        }
    }

    private static void date(JsonGenerator g, String field, LocalDate value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value.toString());
        }
    }

    private static void bool(JsonGenerator g, String field, Boolean value) throws IOException {
        if (value != null) {
            g.writeBooleanField(field, value);
        }
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        if (values != null) {
            g.writeArrayFieldStart(field);
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
    }

    private static void names(JsonGenerator g, String field, List<? extends Enum<?>> values) throws IOException {
        if (values != null) {
            g.writeArrayFieldStart(field);
            for (Enum<?> v : values) {
                g.writeString(v.name());
            }
            g.writeEndArray();
        }
    }

    private static void dates(JsonGenerator g, String field, List<LocalDate> values) throws IOException {
        if (values != null) {
            g.writeArrayFieldStart(field);
            for (LocalDate v : values) {
                g.writeString(v.toString());
            }
            g.writeEndArray();
        }
    }
}
