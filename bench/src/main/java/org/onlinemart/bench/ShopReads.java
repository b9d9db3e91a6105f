package org.onlinemart.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shop's reads beside a plain JAX-RS endpoint on the same Liberty configuration, each under the same closed-loop
 * load one after the other, with the CPU each process spent on it: GET /jwks of the user service (no database, no
 * token: the floor), GET /products/{id}, GET /inventory/{id} and a customer's GET /view-cart.
 */
final class ShopReads {

    /**
     * One endpoint's load, the process that serves it, and each process's CPU milliseconds over it, read over
     * cpuSeconds: the warm-up and the measured window.
     */
    record Read(String name, String service, ReadLoad.Result result, Map<String, Double> cpuMillis, double cpuSeconds) {

        /** The serving process's: the service's own server, or the devstack's one server that runs all six. */
        double serviceCpuMicrosPerRequest() {
            return cpuMicrosPerRequest(cpuMillis.containsKey(service) ? service : StackProcesses.ONE_SERVER);
        }

        /** A process's CPU per answered request in microseconds (at the window's share of it), or NaN. */
        double cpuMicrosPerRequest(String part) {
            Double millis = cpuMillis.get(part);
            Throughput throughput = result.throughput();
            return millis == null || throughput.completed() == 0
                    ? Double.NaN
                    : millis * 1000 * (throughput.seconds() / cpuSeconds) / throughput.completed();
        }
    }

    private ShopReads() {}

    /** The plain endpoint first, then the three reads; the products and the cart are the run's own. */
    static List<Read> measure(PerfSettings settings, Shop shop, StackProcesses processes) throws InterruptedException {
        String base = "http://" + settings.load().host() + ":";
        List<URI> products = shop.productIds().stream()
                .map(id -> URI.create(base + Api.Service.PRODUCT.port + "/products/" + id))
                .toList();
        List<URI> stock = shop.productIds().stream()
                .map(id -> URI.create(base + Api.Service.INVENTORY.port + "/inventory/" + id))
                .toList();
        Shop.Customer customer = shop.customers().get(0);
        List<Read> reads = new ArrayList<>();
        reads.add(read(
                FloorReport.PLAIN, Api.Service.USER, List.of(settings.floors().jwks()), null, settings, processes));
        reads.add(read("GET /products/{id}", Api.Service.PRODUCT, products, null, settings, processes));
        reads.add(read("GET /inventory/{id}", Api.Service.INVENTORY, stock, null, settings, processes));
        reads.add(read(
                "GET /view-cart",
                Api.Service.ORDER,
                List.of(URI.create(base + Api.Service.ORDER.port + "/view-cart")),
                customer.token(),
                settings,
                processes));
        return reads;
    }

    private static Read read(
            String name,
            Api.Service service,
            List<URI> uris,
            String token,
            PerfSettings settings,
            StackProcesses processes)
            throws InterruptedException {
        Map<String, StackProcesses.Usage> before = processes.sample();
        long start = System.nanoTime();
        ReadLoad.Result result =
                ReadLoad.measure(uris, token, settings.floors().connections(), ReadLoad.WARM_UP, settings.readTime());
        Map<String, Double> cpu = StackProcesses.cpuMillis(before, processes.sample());
        return new Read(name, service.label(), result, cpu, (System.nanoTime() - start) / 1e9);
    }
}
