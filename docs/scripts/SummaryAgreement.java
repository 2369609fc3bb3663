import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks that the Spark job and the CLI agree on every applicant: reads the CLI's
 * {@code evaluate --format summary} lines and the Spark job's {@code screen --format json} output
 * folder, and compares, applicant by applicant (by id), the evaluation date, the rule-set version,
 * every status and the missing fields; an applicant in one and not the other is a disagreement.
 * Prints the count compared and the first disagreements; exits 1 on any.
 *
 * <p>Run with the CLI jar on the class path (for Jackson), from the project root:
 * {@code java -cp eligibility-cli/target/eligibility-cli.jar docs/scripts/SummaryAgreement.java CLI.jsonl SPARK-DIR}
 */
public class SummaryAgreement {

    private static final List<String> COLUMNS = List.of("evaluationDate", "rulesetVersion", "access",
            "REFUGEE_RESETTLEMENT", "FAMILY_REUNIFICATION_PAROLE", "CENTRAL_AMERICAN_MINORS", "H1B", "H2A", "H2B",
            "missingFields");

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> cli = new HashMap<>();
        long cliErrors = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]))) {
            for (String line; (line = in.readLine()) != null; ) {
                JsonNode n = json.readTree(line);
                if (n.has("errors")) {
                    cliErrors++;
                } else if (cli.put(n.get("applicantId").textValue(), key(n)) != null) {
                    throw new IllegalStateException("an id twice in the CLI output");
                }
            }
        }
        List<Path> parts;
        try (Stream<Path> files = Files.list(Path.of(args[1]))) {
            parts = files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
        long compared = 0;
        long sparkErrors = 0;
        List<String> disagreements = new ArrayList<>();
        for (Path part : parts) {
            try (BufferedReader in = Files.newBufferedReader(part)) {
                for (String line; (line = in.readLine()) != null; ) {
                    JsonNode n = json.readTree(line);
                    if (n.has("errors")) {
                        sparkErrors++;
                        continue;
                    }
                    String id = n.get("applicantId").textValue();
                    String expected = cli.remove(id);
                    compared++;
                    if (!key(n).equals(expected)) {
                        disagreements.add(id + ": CLI " + expected + " / Spark " + key(n));
                    }
                }
            }
        }
        cli.keySet().forEach(id -> disagreements.add(id + ": in the CLI output only"));
        System.out.println("compared=" + compared + " disagreements=" + disagreements.size()
                + " errorRows(cli/spark)=" + cliErrors + "/" + sparkErrors);
        disagreements.stream().limit(10).forEach(System.out::println);
        System.exit(disagreements.isEmpty() && cliErrors == sparkErrors ? 0 : 1);
    }

    private static String key(JsonNode n) {
        StringBuilder s = new StringBuilder();
        for (String c : COLUMNS) {
            s.append(n.get(c)).append('|');
        }
        return s.toString();
    }
}
