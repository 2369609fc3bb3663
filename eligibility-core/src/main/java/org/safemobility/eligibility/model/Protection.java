package org.safemobility.eligibility.model;

import java.util.List;

/**
 * Answers about persecution, persecutor bars and security. Any component may be {@code null}
 * (unknown); empty lists are a known "none".
 *
 * @param pastPersecution           the applicant suffered persecution
 * @param fearOfPersecution         the applicant fears persecution
 * @param grounds                   the reasons for it
 * @param participatedInPersecution the applicant took part in persecuting others
 * @param firmResettlementOffer     a third country offered permanent resettlement
 * @param securityConcerns          security grounds found; empty means none
 */
public record Protection(
        Boolean pastPersecution,
        Boolean fearOfPersecution,
        List<ProtectionGround> grounds,
        Boolean participatedInPersecution,
        Boolean firmResettlementOffer,
        List<SecurityConcern> securityConcerns) {

    public Protection {
        grounds = Lists.copyOrNull(grounds);
        securityConcerns = Lists.copyOrNull(securityConcerns);
    }

    @Override
    public String toString() {
        return "Protection[personal data redacted]";
    }
}
