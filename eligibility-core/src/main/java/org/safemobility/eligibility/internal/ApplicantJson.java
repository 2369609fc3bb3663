package org.safemobility.eligibility.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.apiguardian.api.API;
import org.safemobility.eligibility.model.Applicant;

/**
 * Writes applicants in the field order of {@code applicant.schema.json} (the records' component
 * order), leaving absent answers out: the writer is generated from the model by databind.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ApplicantJson {

    private ApplicantJson() {
    }

    public static void write(JsonGenerator g, Applicant a) throws IOException {
        ApplicantBinding.write(g, a);
    }
}
