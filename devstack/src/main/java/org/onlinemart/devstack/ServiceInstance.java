package org.onlinemart.devstack;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * One Liberty server of a service. The first has the service's own name and port (DESIGN.md §1); replica n, for a
 * scaled-out service, is {@code <service>-<n>} on the service's port + 100 × (n − 1), e.g. order-2 on 8104.
 */
public record ServiceInstance(String service, int number) {

    /** Enough to show that instances share the work, few enough for the ports not to run into each other. */
    public static final int MAX_PER_SERVICE = 4;

    private static final int PORT_STEP = 100;
    private static final Pattern NAME = Pattern.compile("([a-z]+)(?:-([0-9]))?");

    public ServiceInstance {
        StackPorts.servicePort(service);
        if (number < 1 || number > MAX_PER_SERVICE) {
            throw new StackException("a service runs 1 to " + MAX_PER_SERVICE + " instances, not " + number);
        }
    }

    /** The service's instances 1 to count. */
    public static List<ServiceInstance> of(String service, int count) {
        new ServiceInstance(service, Math.max(count, 1)); // the same checks, count 0 included
        if (count < 1) {
            throw new StackException("a service runs 1 to " + MAX_PER_SERVICE + " instances, not " + count);
        }
        return IntStream.rangeClosed(1, count)
                .mapToObj(number -> new ServiceInstance(service, number))
                .toList();
    }

    /** "order" or "order-2"; empty when the name is neither a service nor one of its replicas. */
    public static Optional<ServiceInstance> named(String name) {
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches() || !StackPorts.SERVICES.containsKey(matcher.group(1)) || "1".equals(matcher.group(2))) {
            return Optional.empty();
        }
        int number = matcher.group(2) == null ? 1 : Integer.parseInt(matcher.group(2));
        return number > MAX_PER_SERVICE ? Optional.empty() : Optional.of(new ServiceInstance(matcher.group(1), number));
    }

    public String name() {
        return replica() ? service + "-" + number : service;
    }

    public boolean replica() {
        return number > 1;
    }

    public int port() {
        return StackPorts.servicePort(service) + PORT_STEP * (number - 1);
    }

    public URI baseUrl() {
        return URI.create("http://" + StackPorts.HOST + ":" + port());
    }
}
