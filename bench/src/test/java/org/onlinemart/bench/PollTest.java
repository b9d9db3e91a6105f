package org.onlinemart.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PollTest {

    @Test
    void itAsksUntilTheAnswerIsDone() throws InterruptedException {
        AtomicInteger asked = new AtomicInteger();
        int answer = Poll.until(asked::incrementAndGet, n -> n == 3, Duration.ofSeconds(10), Duration.ofMillis(1));
        assertEquals(3, answer);
        assertEquals(3, asked.get());
    }

    @Test
    void afterTheTimeoutItAnswersTheLastAnswer() throws InterruptedException {
        AtomicInteger asked = new AtomicInteger();
        int answer = Poll.until(asked::incrementAndGet, n -> false, Duration.ofMillis(30), Duration.ofMillis(10));
        assertEquals(asked.get(), answer);
        assertEquals(true, answer >= 2, "asked at the start and again after each period: " + answer);
    }
}
