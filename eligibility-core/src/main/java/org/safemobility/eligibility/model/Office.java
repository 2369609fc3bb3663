package org.safemobility.eligibility.model;

/** Country of the Safe Mobility Office where the person registers (JSON `office`). */
public enum Office {
    GT,
    CR,
    CO,
    EC
}
