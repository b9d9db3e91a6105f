package org.onlinemart.devstack.cli;

import org.onlinemart.devstack.Log;
import org.onlinemart.devstack.StackContext;
import org.onlinemart.devstack.demo.DemoFailure;
import org.onlinemart.devstack.demo.ShopDemo;

/**
 * `demo`: walks the original README's workflow against the running stack and shows each call. On a failure it
 * shows the service's answer (problem+json) and exits 1.
 */
public final class DemoCommand {

    private final StackContext context;

    public DemoCommand(StackContext context) {
        this.context = context;
    }

    public int run() {
        try {
            ShopDemo.forLocalStack(context.settings(), context.serviceEnv(), line -> Log.info("%s", line))
                    .run();
            return 0;
        } catch (DemoFailure e) {
            Log.error("demo failed: %s", e.getMessage());
            e.answer().ifPresent(answer -> Log.block(answer.shown()));
            return 1;
        }
    }
}
