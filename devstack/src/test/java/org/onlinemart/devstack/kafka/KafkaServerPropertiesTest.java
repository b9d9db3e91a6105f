package org.onlinemart.devstack.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaServerPropertiesTest {

    private final Properties properties = parse(KafkaServerProperties.render(Path.of("/tmp/kafka-data")));

    @Test
    void oneNodeIsBrokerAndControllerOnLoopback() {
        assertEquals("broker,controller", properties.getProperty("process.roles"));
        assertEquals("1@127.0.0.1:9093", properties.getProperty("controller.quorum.voters"));
        assertEquals("PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093", properties.getProperty("listeners"));
        assertEquals("PLAINTEXT://127.0.0.1:9092", properties.getProperty("advertised.listeners"));
        assertEquals("CONTROLLER", properties.getProperty("controller.listener.names"));
        assertEquals("/tmp/kafka-data", properties.getProperty("log.dirs"));
    }

    @Test
    void sizedForOneBrokerWithExplicitTopics() {
        assertEquals("1", properties.getProperty("offsets.topic.replication.factor"));
        assertEquals("1", properties.getProperty("transaction.state.log.replication.factor"));
        assertEquals("1", properties.getProperty("transaction.state.log.min.isr"));
        assertEquals("3", properties.getProperty("num.partitions"));
        assertEquals("false", properties.getProperty("auto.create.topics.enable"));
        assertEquals("0", properties.getProperty("group.initial.rebalance.delay.ms"));
    }

    private static Properties parse(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
