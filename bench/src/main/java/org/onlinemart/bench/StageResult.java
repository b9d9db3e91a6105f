package org.onlinemart.bench;

import java.util.Map;

/**
 * What one stage measured. Statuses are counted by HTTP status ("201", "409", ...) or "no_answer" (timeout,
 * refused connection). Latencies of POST /order: of its 201 answers and of every answer; time to CONFIRMED
 * from sending POST /order to a poll seeing the order CONFIRMED, for the sampled orders. noAnswers counts the
 * requests that got no HTTP answer by request and exception.
 */
record StageResult(
        int number,
        Stage stage,
        long scheduled,
        long dropped,
        long late,
        double elapsedSeconds,
        long unfinished,
        Map<String, Long> cartStatuses,
        Map<String, Long> orderStatuses,
        Latencies.Summary created,
        Latencies.Summary answered,
        Latencies.Summary addToCart,
        Map<String, Long> confirmOutcomes,
        Latencies.Summary timeToConfirmed,
        Map<String, Long> noAnswers) {

    long count(String status) {
        return orderStatuses.getOrDefault(status, 0L);
    }

    /** Orders placed per second: 201s over the stage's time including waiting for its last answers. */
    double achievedRate() {
        return elapsedSeconds > 0 ? count("201") / elapsedSeconds : 0;
    }

    /** Orders whose POST /add-to-cart or POST /order got no HTTP answer at all (timeout, refused connection). */
    long noAnswer() {
        return count("no_answer") + cartStatuses.getOrDefault("no_answer", 0L);
    }

    /** Orders that got an answer other than 201, 409 or 503, or whose add-to-cart was answered with another than 200. */
    long otherStatuses() {
        return otherErrors() - noAnswer();
    }

    /** Orders that got neither 201, 409 nor 503, including those whose add-to-cart already failed. */
    long otherErrors() {
        long otherOrders = orderStatuses.entrySet().stream()
                .filter(status -> !status.getKey().equals("201")
                        && !status.getKey().equals("409")
                        && !status.getKey().equals("503"))
                .mapToLong(Map.Entry::getValue)
                .sum();
        long failedCarts = cartStatuses.entrySet().stream()
                .filter(status -> !status.getKey().equals("200"))
                .mapToLong(Map.Entry::getValue)
                .sum();
        return otherOrders + failedCarts;
    }

    long sampled() {
        return confirmOutcomes.values().stream().mapToLong(Long::longValue).sum();
    }
}
