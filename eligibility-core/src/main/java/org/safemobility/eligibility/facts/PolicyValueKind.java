package org.safemobility.eligibility.facts;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.apiguardian.api.API;
import org.safemobility.eligibility.model.Education;
import org.safemobility.eligibility.model.I130Status;
import org.safemobility.eligibility.model.JobKind;
import org.safemobility.eligibility.model.LaborCertification;
import org.safemobility.eligibility.model.MaritalStatus;
import org.safemobility.eligibility.model.Office;
import org.safemobility.eligibility.model.PetitionRole;
import org.safemobility.eligibility.model.PreferenceCategory;
import org.safemobility.eligibility.model.ProtectionGround;
import org.safemobility.eligibility.model.Relationship;
import org.safemobility.eligibility.model.RelativeStatus;
import org.safemobility.eligibility.model.ResidenceStatus;
import org.safemobility.eligibility.model.SecurityConcern;
import org.safemobility.eligibility.model.TemporaryNeed;

/**
 * The {@code kind} column of {@code reference/policy-values.csv}: what a value is, so that the
 * table is checked when it is read (a misspelt status fails the build of the rule set, not an
 * evaluation) and a rule cannot compare an answer with a list of another kind. A fixed list, not a
 * class name from the data: the table names kinds, never code.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public enum PolicyValueKind {
    DATE("date", LocalDate.class),
    NUMBER("number", Integer.class),
    COUNTRY("country", String.class),
    OFFICE("Office", Office.class),
    RESIDENCE_STATUS("ResidenceStatus", ResidenceStatus.class),
    RELATIVE_STATUS("RelativeStatus", RelativeStatus.class),
    RELATIONSHIP("Relationship", Relationship.class),
    PROTECTION_GROUND("ProtectionGround", ProtectionGround.class),
    SECURITY_CONCERN("SecurityConcern", SecurityConcern.class),
    PREFERENCE_CATEGORY("PreferenceCategory", PreferenceCategory.class),
    I130_STATUS("I130Status", I130Status.class),
    PETITION_ROLE("PetitionRole", PetitionRole.class),
    MARITAL_STATUS("MaritalStatus", MaritalStatus.class),
    EDUCATION("Education", Education.class),
    JOB_KIND("JobKind", JobKind.class),
    TEMPORARY_NEED("TemporaryNeed", TemporaryNeed.class),
    LABOR_CERTIFICATION("LaborCertification", LaborCertification.class);

    private final String label;
    private final Class<?> type;

    PolicyValueKind(String label, Class<?> type) {
        this.label = label;
        this.type = type;
    }

    /** The word the table's {@code kind} column uses. */
    public String label() {
        return label;
    }

    /** The Java type of the values. */
    public Class<?> type() {
        return type;
    }

    /** The constants an enum kind allows, else empty. */
    private Object[] constants() {
        return type.isEnum() ? type.getEnumConstants() : new Object[0];
    }

    /** The kind the table calls {@code label}, if any. */
    public static Optional<PolicyValueKind> ofLabel(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }

    static PolicyValueKind of(Class<?> type) {
        return Arrays.stream(values()).filter(k -> k.type == type).findFirst().orElseThrow();
    }

    /** Every label, for messages. */
    public static String labels() {
        return String.join(", ", Arrays.stream(values()).map(PolicyValueKind::label).toList());
    }

    /**
     * Reads one value of this kind from its text.
     *
     * @throws IllegalArgumentException naming the kind (never echoing more than the cell) when it is not one
     */
    public Object parse(String text) {
        switch (this) {
            case DATE:
                try {
                    return LocalDate.parse(text);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("value is not a YYYY-MM-DD date");
                }
            case NUMBER:
                try {
                    return Integer.valueOf(text);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("value is not a whole number");
                }
            case COUNTRY:
                return text;
            default:
                for (Object c : constants()) {
                    if (((Enum<?>) c).name().equals(text)) {
                        return c;
                    }
                }
                throw new IllegalArgumentException("value " + text + " is not a " + label + " ("
                        + String.join(", ", Arrays.stream(constants()).map(c -> ((Enum<?>) c).name()).toList()) + ")");
        }
    }
}
