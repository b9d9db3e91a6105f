package org.onlinemart.devstack;

import java.util.Arrays;
import java.util.List;
import org.onlinemart.devstack.cli.DemoCommand;
import org.onlinemart.devstack.cli.StartCommand;
import org.onlinemart.devstack.cli.StatusCommand;
import org.onlinemart.devstack.cli.StopCommand;
import org.onlinemart.devstack.cli.UpCommand;

/**
 * The local Online Mart stack with only a JDK: PostgreSQL, Kafka, an SMTP sink and the six Liberty
 * servers. {@code java -jar devstack/target/devstack.jar up|start|stop|status|demo}.
 */
public final class DevStack {

    private DevStack() {}

    public static void main(String[] args) {
        String command = args.length == 0 ? "help" : args[0];
        int exitCode;
        try {
            exitCode = switch (command) {
                case "up" -> new UpCommand(contextFor(args)).run();
                case "start" -> new StartCommand(contextFor(args)).run();
                case "stop" -> new StopCommand(StackContext.fromEnvironment()).run();
                case "status" -> new StatusCommand(StackContext.fromEnvironment()).run();
                case "demo" -> new DemoCommand(StackContext.fromEnvironment()).run();
                default -> usage();
            };
        } catch (StackException e) {
            Log.error("%s", e.getMessage());
            exitCode = 1;
        }
        System.exit(exitCode);
    }

    /** The environment's settings, and what the command line adds to them. */
    private static StackContext contextFor(String[] args) {
        StackContext context = StackContext.fromEnvironment();
        List<String> flags = Arrays.asList(args);
        if (flags.contains("--with-prometheus")) {
            context = context.withPrometheus();
        }
        return flags.contains("--one-server") ? context.withOneServer() : context;
    }

    private static int usage() {
        System.out.println("""
                usage: java -jar devstack/target/devstack.jar <command>
                  up      start everything in the foreground; Ctrl-C stops everything
                  start   start everything in the background and return once all is ready
                  stop    stop the background stack (or what is left of one)
                  status  show what runs
                  up|start --with-prometheus   also run Prometheus (if installed) on 127.0.0.1:9090
                  up|start --one-server        the six services in one Liberty server (less memory, faster start;
                                               /health, /metrics, /openapi for all six on :8081)
                  demo    walk the original README's workflow against the running stack, one line per call
                environment: DEVSTACK_SERVICES (e.g. product,inventory; empty: no Liberty server),
                  DEVSTACK_REPLICAS (e.g. order=2,inventory=2: replica n on the port + 100 × (n − 1)),
                  DEVSTACK_START_TIMEOUT_SECONDS (420), DEVSTACK_CONTROL_PORT (8099), DEVSTACK_PROMETHEUS (false),
                  DEVSTACK_ONE_SERVER (false), POSTGRES_URL,
                  KAFKA_BOOTSTRAP_SERVERS, SMTP_HOST (use an external one), and any service variable to override""");
        return 2;
    }
}
