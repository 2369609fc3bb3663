package org.safemobility.eligibility.examples.service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load run against a running service, for docs/performance.md (run by
 * docs/scripts/service-load.sh, not by the build): N clients, each sending one request after the
 * other for S seconds, the worked examples' applicants in turn. Prints p50, p99 and max latency
 * and the throughput; any answer but 200 counts as an error.
 *
 * <p>{@code java -cp <test-classes>:<screening-service.jar> ...LoadRun http://localhost:8080 screenings 4 30}
 */
public final class LoadRun {

    private LoadRun() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String endpoint = args[1]; // screenings or questions
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        List<String> bodies = new ArrayList<>();
        for (WorkedExamples e : WorkedExamples.all()) {
            String declined = endpoint.equals("questions") ? ", \"declined\": []" : "";
            bodies.add("{\"applicant\": " + e.applicant() + ", \"lang\": \"es\"" + declined + "}");
        }
        URI uri = base.resolve("/api/" + endpoint);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // warm-up: the JIT and the engine's session pool, not measured
        runFor(http, uri, bodies, clients, 5_000, new AtomicLong());
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long[] latencies = runFor(http, uri, bodies, clients, seconds * 1_000L, errors);
        double elapsed = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("POST /api/%s: %d clients x %d s: %d requests, %.0f req/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms, errors %d%n",
                endpoint, clients, seconds, latencies.length, latencies.length / elapsed, ms(latencies, 0.50), ms(latencies, 0.99),
                latencies[latencies.length - 1] / 1e6, errors.get());
    }

    private static long[] runFor(HttpClient http, URI uri, List<String> bodies, int clients, long millis, AtomicLong errors)
            throws Exception {
        long end = System.nanoTime() + millis * 1_000_000;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit(() -> {
                long[] own = new long[1024];
                int n = 0;
                for (int i = client; System.nanoTime() < end; i++) {
                    HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size()))).build();
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    long took = System.nanoTime() - t0;
                    if (response.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                    if (n == own.length) {
                        own = Arrays.copyOf(own, n * 2);
                    }
                    own[n++] = took;
                }
                return Arrays.copyOf(own, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            all.add(f.get());
        }
        pool.shutdown();
        return all.stream().flatMapToLong(Arrays::stream).toArray();
    }

    /** The q-quantile in milliseconds, nearest rank. */
    private static double ms(long[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, rank)] / 1e6;
    }
}
