package org.safemobility.eligibility.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates JSON against the contract's schemas (the copies shipped in eligibility-core). */
public final class SchemaCheck {

    public static final SchemaCheck REPORT = new SchemaCheck("report.schema.json");
    public static final SchemaCheck APPLICANT = new SchemaCheck("applicant.schema.json");
    /** The answer to an interview request, {@code questions.schema.json#/$defs/answer}. */
    public static final SchemaCheck QUESTIONS_ANSWER = new SchemaCheck("questions.schema.json");

    private final JsonSchema schema;

    private SchemaCheck(String file) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = SchemaCheck.class.getResourceAsStream("/org/safemobility/eligibility/schema/" + file)) {
            // The contract's $id is relative, which the validator refuses as a base; it is not needed.
            com.fasterxml.jackson.databind.node.ObjectNode node =
                    (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
            node.remove("$id");
            if (file.equals("questions.schema.json")) {
                // the root is "a request or an answer"; keep the definitions and make the answer the
                // root (the request refers to applicant.schema.json by a relative name)
                node.remove("oneOf");
                ((com.fasterxml.jackson.databind.node.ObjectNode) node.get("$defs")).remove("request");
                node.put("$ref", "#/$defs/answer");
            }
            this.schema = factory.getSchema(node, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema violations of {@code json}; empty when it is valid. */
    public List<String> violations(JsonNode json) {
        Set<ValidationMessage> messages = schema.validate(json);
        return messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.toList());
    }
}
