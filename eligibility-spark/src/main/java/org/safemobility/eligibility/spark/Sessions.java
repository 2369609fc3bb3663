package org.safemobility.eligibility.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a command: the one already running in this JVM (a test's), else a new one
 * on the master {@code spark-submit} set, else on {@code --master}, else {@code local[*]}.
 */
final class Sessions {

    private Sessions() {
    }

    static SparkSession session(String command, String master) {
        SparkSession.Builder builder = SparkSession.builder().appName("eligibility-spark " + command);
        if (master != null) {
            builder.master(master);
        } else if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        return builder.getOrCreate();
    }

    /** Stops the session this JVM started, if any. */
    static void stop() {
        if (SparkSession.getDefaultSession().isDefined()) {
            SparkSession.getDefaultSession().get().stop();
        }
    }
}
