package org.safemobility.eligibility.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The answer definition of questions.schema.json (the copy shipped in eligibility-core), as the
 * schema a line of the {@code questions} command must follow.
 */
final class AnswerSchema {

    private static final JsonSchema ANSWER = load();

    private AnswerSchema() {
    }

    /** The schema violations of one answer; empty when it is valid. */
    static List<String> violations(JsonNode answer) {
        return ANSWER.validate(answer).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static JsonSchema load() {
        try (InputStream in = AnswerSchema.class.getResourceAsStream(
                "/org/safemobility/eligibility/schema/questions.schema.json")) {
            ObjectNode schema = (ObjectNode) new ObjectMapper().readTree(in);
            // the root is "a request or an answer" and its $id is relative, which the validator
            // refuses as a base; keep the definitions and make the answer the root
            schema.remove("$id");
            schema.remove("oneOf");
            ((ObjectNode) schema.get("$defs")).remove("request"); // refers to applicant.schema.json
            schema.put("$ref", "#/$defs/answer");
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
