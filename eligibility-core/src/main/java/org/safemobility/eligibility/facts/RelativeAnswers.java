package org.safemobility.eligibility.facts;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.safemobility.eligibility.model.I130;
import org.safemobility.eligibility.model.I130Status;
import org.safemobility.eligibility.model.PetitionRole;
import org.safemobility.eligibility.model.PreferenceCategory;
import org.safemobility.eligibility.model.Relationship;
import org.safemobility.eligibility.model.RelativeStatus;
import org.safemobility.eligibility.model.UsRelative;

/** The answers about one entry of {@code usRelatives}, with paths like {@code usRelatives[2].status}. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RelativeAnswers {

    private static final Paths RELATIONSHIP = new Paths("usRelatives", ".relationship");
    private static final Paths STATUS = new Paths("usRelatives", ".status");
    private static final Paths DATEOFBIRTH = new Paths("usRelatives", ".dateOfBirth");
    private static final Paths PENDINGSINCE = new Paths("usRelatives", ".pendingSince");
    private static final Paths FRPINVITATION = new Paths("usRelatives", ".frpInvitation");
    private static final Paths I130_STATUS = new Paths("usRelatives", ".i130.status");
    private static final Paths I130_CATEGORY = new Paths("usRelatives", ".i130.category");
    private static final Paths I130_ROLE = new Paths("usRelatives", ".i130.role");
    private static final Paths I130_PRINCIPALNATIONALITY = new Paths("usRelatives", ".i130.principalNationality");

    private final int index;
    private final UsRelative relative;

    RelativeAnswers(int index, UsRelative relative) {
        this.index = index;
        this.relative = relative;
    }

    /** Position in {@code usRelatives}, from 0. */
    public int getIndex() {
        return index;
    }

    /** Whether this relative filed a Form I-130 for the applicant: then the entry is a petition. */
    public boolean isPetitioner() {
        return relative.i130() != null;
    }

    public Answer<Relationship> relationship() {
        return new Answer<>(RELATIONSHIP.at(index), relative.relationship());
    }

    public Answer<RelativeStatus> status() {
        return new Answer<>(STATUS.at(index), relative.status());
    }

    public Answer<LocalDate> dateOfBirth() {
        return new Answer<>(DATEOFBIRTH.at(index), relative.dateOfBirth());
    }

    public Answer<LocalDate> pendingSince() {
        return new Answer<>(PENDINGSINCE.at(index), relative.pendingSince());
    }

    public Answer<Boolean> frpInvitation() {
        return new Answer<>(FRPINVITATION.at(index), relative.frpInvitation());
    }

    public Answer<I130Status> i130Status() {
        I130 p = relative.i130();
        return new Answer<>(I130_STATUS.at(index), p == null ? null : p.status());
    }

    public Answer<PreferenceCategory> i130Category() {
        I130 p = relative.i130();
        return new Answer<>(I130_CATEGORY.at(index), p == null ? null : p.category());
    }

    public Answer<PetitionRole> i130Role() {
        I130 p = relative.i130();
        return new Answer<>(I130_ROLE.at(index), p == null ? null : p.role());
    }

    public Answer<String> principalNationality() {
        I130 p = relative.i130();
        return new Answer<>(I130_PRINCIPALNATIONALITY.at(index), p == null ? null : p.principalNationality());
    }

    @Override
    public String toString() {
        return "RelativeAnswers[usRelatives[" + index + "], personal data redacted]";
    }
}
