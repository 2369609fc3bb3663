package org.safemobility.eligibility.authoring.diff;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.safemobility.eligibility.InvalidApplicantException;
import org.safemobility.eligibility.Outcome;
import org.safemobility.eligibility.Status;
import org.safemobility.eligibility.json.EligibilityJson;
import org.safemobility.eligibility.model.Applicant;

/**
 * A {@link ChangedApplicant} written to and read from an object stream, for the examples a
 * {@link Tally} ships between machines: the model's records are not {@link java.io.Serializable},
 * so the applicant travels as its contract JSON ({@link EligibilityJson#writeApplicant}, which
 * reads back equal), the changes as their strings and enums.
 */
final class SerialChange {

    private SerialChange() {
    }

    static void write(ObjectOutputStream out, ChangedApplicant change) throws IOException {
        out.writeObject(change.applicantId());
        out.writeObject(change.applicant() == null ? null : EligibilityJson.writeApplicant(change.applicant()));
        out.writeObject(change.evaluationDate());
        out.writeInt(change.statusChanges().size());
        for (StatusChange s : change.statusChanges()) {
            out.writeObject(s.scope());
            out.writeObject(s.oldStatus());
            out.writeObject(s.newStatus());
        }
        out.writeInt(change.criterionChanges().size());
        for (CriterionChange c : change.criterionChanges()) {
            out.writeObject(c.scope());
            out.writeObject(c.criterion());
            out.writeObject(c.candidate());
            out.writeObject(c.oldOutcome());
            out.writeObject(c.oldReason());
            out.writeObject(c.newOutcome());
            out.writeObject(c.newReason());
        }
    }

    static ChangedApplicant read(ObjectInputStream in) throws IOException, ClassNotFoundException {
        try {
            String id = (String) in.readObject();
            String json = (String) in.readObject();
            Applicant applicant = json == null ? null : EligibilityJson.readApplicant(json);
            LocalDate date = (LocalDate) in.readObject();
            int statuses = count(in);
            List<StatusChange> statusChanges = new ArrayList<>(statuses);
            for (int i = 0; i < statuses; i++) {
                statusChanges.add(new StatusChange((String) in.readObject(), (Status) in.readObject(),
                        (Status) in.readObject()));
            }
            int criteria = count(in);
            List<CriterionChange> criterionChanges = new ArrayList<>(criteria);
            for (int i = 0; i < criteria; i++) {
                criterionChanges.add(new CriterionChange((String) in.readObject(), (String) in.readObject(),
                        (String) in.readObject(), (Outcome) in.readObject(), (String) in.readObject(),
                        (Outcome) in.readObject(), (String) in.readObject()));
            }
            return new ChangedApplicant(id, applicant, date, statusChanges, criterionChanges);
        } catch (ClassCastException | IllegalArgumentException | NullPointerException | InvalidApplicantException e) {
            // the message names the broken part only: an applicant's values never leave it
            InvalidObjectException broken = new InvalidObjectException("a changed applicant of a tally does not read back: "
                    + e.getClass().getSimpleName());
            broken.initCause(e);
            throw broken;
        }
    }

    private static int count(ObjectInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new InvalidObjectException("a negative count of changes");
        }
        return n;
    }
}
