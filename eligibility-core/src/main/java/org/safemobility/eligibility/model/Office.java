package org.safemobility.eligibility.model;

/** Country of the Safe Mobility Office where the person registers (JSON `office`). */
public enum Office {
    /** Guatemala. */
    GT,
    /** Costa Rica. */
    CR,
    /** Colombia. */
    CO,
    /** Ecuador. */
    EC
}
