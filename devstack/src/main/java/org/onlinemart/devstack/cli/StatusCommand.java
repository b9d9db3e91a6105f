package org.onlinemart.devstack.cli;

import java.util.Map;
import org.onlinemart.devstack.Log;
import org.onlinemart.devstack.StackContext;
import org.onlinemart.devstack.control.Json;

/** `status`: what runs, from the control API (or, without one, from leftover pid files). */
public final class StatusCommand {

    private final StackContext context;

    public StatusCommand(StackContext context) {
        this.context = context;
    }

    public int run() {
        var status = context.control().status();
        if (status.isEmpty()) {
            Map<String, ProcessHandle> leftovers = context.pidFiles().live();
            Log.info(
                    "no stack is running (nothing answers on 127.0.0.1:%d)",
                    context.control().port());
            leftovers.forEach((part, handle) ->
                    Log.warn("%s (pid %d) is still running from an earlier stack; `stop` ends it", part, handle.pid()));
            return 0;
        }
        Log.info("stack %s", Json.isTrue(status.get(), "ready") ? "ready" : "starting (not ready yet)");
        Json.stringFields(status.get())
                .forEach((part, state) -> Log.info(
                        "  %-13s %s%s",
                        part,
                        state,
                        context.pidFiles()
                                .live(part)
                                .map(h -> "   pid " + h.pid())
                                .orElse("")));
        return 0;
    }
}
