package org.safemobility.eligibility.internal;

import java.util.List;

/** Field paths as violations show them: {@code usRelatives[0].i130.status}. */
final class FieldPath {

    private FieldPath() {
    }

    /** The path of names and list positions, {@code ""} for the applicant itself. */
    static String of(List<Object> segments) {
        StringBuilder out = new StringBuilder();
        for (Object s : segments) {
            if (s instanceof Integer i) {
                out.append('[').append(i).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(s);
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
