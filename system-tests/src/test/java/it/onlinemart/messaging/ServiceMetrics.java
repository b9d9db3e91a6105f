package it.onlinemart.messaging;

import it.onlinemart.Service;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one metric of a service from its Prometheus /metrics. */
public final class ServiceMetrics {

    private ServiceMetrics() {}

    /** The counter's value for that consumer, 0 while it has never been incremented. */
    static double counter(Service service, String name, String consumer) {
        Pattern line = Pattern.compile(
                Pattern.quote(name) + "_total\\{[^}]*consumer=\"" + Pattern.quote(consumer) + "\"[^}]*} ([0-9.E]+)");
        Matcher value =
                line.matcher(service.request().get("/metrics?scope=application").asString());
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }

    /**
     * A metric of any scope (base, vendor, application) on the line with that label, such as
     * {@code ft_circuitbreaker_opened_total{method="..."}}; 0 while the service does not show it.
     */
    public static double value(Service service, String name, String label, String labelValue) {
        Pattern line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{[^}]*" + Pattern.quote(label) + "=\""
                + Pattern.quote(labelValue) + "\"[^}]*} ([0-9.E+-]+)");
        Matcher value = line.matcher(service.request().get("/metrics").asString());
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }
}
