package org.onlinemart.devstack.demo;

import java.util.function.Consumer;

/** One short line per step: the HTTP call, its status and the essential result. */
final class StepLog {

    private final Consumer<String> out;

    StepLog(Consumer<String> out) {
        this.out = out;
    }

    void step(ApiAnswer answer, String format, Object... args) {
        out.accept(String.format("%-30s %d  %s", answer.call(), answer.status(), String.format(format, args)));
    }

    void note(String format, Object... args) {
        out.accept(String.format(format, args));
    }
}
