package org.safemobility.eligibility.facts;

import java.time.LocalDate;
import org.safemobility.eligibility.model.I130;
import org.safemobility.eligibility.model.I130Status;
import org.safemobility.eligibility.model.PetitionRole;
import org.safemobility.eligibility.model.PreferenceCategory;
import org.safemobility.eligibility.model.Relationship;
import org.safemobility.eligibility.model.RelativeStatus;
import org.safemobility.eligibility.model.UsRelative;

/** The answers about one entry of {@code usRelatives}, with paths like {@code usRelatives[2].status}. */
public final class RelativeAnswers {

    private final int index;
    private final String prefix;
    private final UsRelative relative;

    RelativeAnswers(int index, UsRelative relative) {
        this.index = index;
        this.prefix = "usRelatives[" + index + "]";
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
        return new Answer<>(prefix + ".relationship", relative.relationship());
    }

    public Answer<RelativeStatus> status() {
        return new Answer<>(prefix + ".status", relative.status());
    }

    public Answer<LocalDate> dateOfBirth() {
        return new Answer<>(prefix + ".dateOfBirth", relative.dateOfBirth());
    }

    public Answer<LocalDate> pendingSince() {
        return new Answer<>(prefix + ".pendingSince", relative.pendingSince());
    }

    public Answer<Boolean> frpInvitation() {
        return new Answer<>(prefix + ".frpInvitation", relative.frpInvitation());
    }

    public Answer<I130Status> i130Status() {
        I130 p = relative.i130();
        return new Answer<>(prefix + ".i130.status", p == null ? null : p.status());
    }

    public Answer<PreferenceCategory> i130Category() {
        I130 p = relative.i130();
        return new Answer<>(prefix + ".i130.category", p == null ? null : p.category());
    }

    public Answer<PetitionRole> i130Role() {
        I130 p = relative.i130();
        return new Answer<>(prefix + ".i130.role", p == null ? null : p.role());
    }

    public Answer<String> principalNationality() {
        I130 p = relative.i130();
        return new Answer<>(prefix + ".i130.principalNationality", p == null ? null : p.principalNationality());
    }

    @Override
    public String toString() {
        return "RelativeAnswers[" + prefix + ", personal data redacted]";
    }
}
