package org.onlinemart.devstack;

import java.util.LinkedHashMap;
import java.util.Map;

/** Every fixed port this run will open must be free before anything starts: fail fast naming the port. */
public final class PortCheck {

    private final StackSettings settings;

    public PortCheck(StackSettings settings) {
        this.settings = settings;
    }

    /** Port → what uses it, for the ports this run opens (an external part opens none). */
    Map<Integer, String> portsInUse() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        if (settings.localPostgres()) {
            ports.put(StackPorts.POSTGRES, "PostgreSQL");
        }
        if (settings.localKafka()) {
            ports.put(StackPorts.KAFKA, "Kafka broker");
            ports.put(StackPorts.KAFKA_CONTROLLER, "Kafka controller");
        }
        if (settings.localSmtp()) {
            ports.put(StackPorts.SMTP, "GreenMail SMTP");
            ports.put(StackPorts.SMTP_API, "GreenMail HTTP API");
        }
        settings.instances().forEach(instance -> ports.put(instance.port(), instance.name() + " service"));
        if (settings.prometheus()) {
            ports.put(StackPorts.PROMETHEUS, "Prometheus");
        }
        ports.put(settings.controlPort(), "devstack control API");
        return ports;
    }

    public void requireAllFree() {
        portsInUse().forEach(StackPorts::requireFree);
    }
}
