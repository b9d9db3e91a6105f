package org.onlinemart.devstack.kafka;

import java.util.List;

/** Every Kafka topic the services use: devstack creates them (auto-creation is off). Tests read this list too. */
public final class Topics {

    public static final int PARTITIONS = 3;
    public static final short REPLICATION_FACTOR = 1;

    public static final List<String> NAMES = List.of(
            "inventory_creation",
            "product_data",
            "inventory_data",
            "get_product_details",
            "products_details_response",
            "inventory_details_response",
            "inventory_deduction",
            "inventory_deduction_result",
            "inventory_release",
            "order_notification",
            "order_status",
            "payment_status",
            "payment_notification",
            "token_revocation");

    private Topics() {}
}
