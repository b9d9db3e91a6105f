package org.onlinemart.devstack;

import java.util.Map;

/** A part someone else runs (POSTGRES_URL, KAFKA_BOOTSTRAP_SERVERS, SMTP_HOST): nothing to start, maybe some setup. */
final class ExternalService implements StackPart {

    private final String name;
    private final String address;
    private final Runnable setup;

    ExternalService(String name, String address, Runnable setup) {
        this.name = name;
        this.address = address;
        this.setup = setup;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void start() {
        Log.info("%s: using the external one at %s", name, address);
        setup.run();
    }

    @Override
    public void stop() {
        // not ours to stop
    }

    @Override
    public Map<String, String> status() {
        return Map.of(name, "external");
    }
}
