package org.onlinemart.devstack;

import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One Liberty server of a service. The first has the service's own name and port (DESIGN.md §1); replica n, for a
 * scaled-out service, is {@code <service>-<n>} on the service's port + 100 × (n − 1), e.g. order-2 on 8104.
 */
public record ServiceInstance(String service, int number) {

    /** Enough to show that instances share the work, few enough for the ports not to run into each other. */
    public static final int MAX_PER_SERVICE = 4;

    private static final int PORT_STEP = 100;

    public ServiceInstance {
        StackPorts.servicePort(service);
        requireCount(number);
    }

    /** The service's instances 1 to count. */
    public static List<ServiceInstance> of(String service, int count) {
        requireCount(count); // the instances check the service
        return IntStream.rangeClosed(1, count)
                .mapToObj(number -> new ServiceInstance(service, number))
                .toList();
    }

    private static void requireCount(int count) {
        if (count < 1 || count > MAX_PER_SERVICE) {
            throw new StackException("a service runs 1 to " + MAX_PER_SERVICE + " instances, not " + count);
        }
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
