package org.safemobility.eligibility.internal;

import java.util.List;

/** Field paths as violations show them: {@code usRelatives[0].i130.status}. */
final class FieldPath {

    private FieldPath() {
    }

    /**
     * The path of names and list positions, {@code ""} for the applicant itself. A name that is no
     * plain identifier (every name of the contract is one) is input, and shows as
     * {@link ApplicantSchema#UNNAMED}: it could carry a value or a line break into a message.
     */
    static String of(List<Object> segments) {
        StringBuilder out = new StringBuilder();
        for (Object s : segments) {
            if (s instanceof Integer i) {
                out.append('[').append(i).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                String name = (String) s;
                out.append(ApplicantSchema.PLAIN_NAME.matcher(name).matches() ? name : ApplicantSchema.UNNAMED);
            }
        }
        return out.toString();
    }

    /** {@code parent.field}, or {@code field} at the top. */
    static String child(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    /** The path one level up ({@code a.b[2]} for {@code a.b[2].c}, {@code a.b} for {@code a.b[2]}). */
    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
