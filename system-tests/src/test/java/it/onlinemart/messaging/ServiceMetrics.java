package it.onlinemart.messaging;

import it.onlinemart.Service;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one application counter of a service from its Prometheus /metrics. */
final class ServiceMetrics {

    private ServiceMetrics() {
    }

    /** The counter's value for that consumer, 0 while it has never been incremented. */
    static double counter(Service service, String name, String consumer) {
        Pattern line = Pattern.compile(Pattern.quote(name) + "_total\\{[^}]*consumer=\"" + Pattern.quote(consumer)
                + "\"[^}]*} ([0-9.E]+)");
        Matcher value = line.matcher(service.request().get("/metrics?scope=application").asString());
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }
}
