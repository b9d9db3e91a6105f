package org.onlinemart.devstack.kafka;

import java.nio.file.Path;
import org.onlinemart.devstack.StackPorts;

/** The broker's server.properties: one node that is broker and KRaft controller, sized for a laptop. */
final class KafkaServerProperties {

    private KafkaServerProperties() {}

    static String render(Path logDirs) {
        String host = StackPorts.HOST;
        return """
                # written by devstack on every start; edit KafkaServerProperties instead
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@%1$s:%3$d
                listeners=PLAINTEXT://%1$s:%2$d,CONTROLLER://%1$s:%3$d
                advertised.listeners=PLAINTEXT://%1$s:%2$d
                inter.broker.listener.name=PLAINTEXT
                controller.listener.names=CONTROLLER
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                log.dirs=%4$s
                num.partitions=3
                default.replication.factor=1
                min.insync.replicas=1
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=10
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                transaction.state.log.num.partitions=10
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                # topics are created by devstack with their partition count; a typo must not create one
                auto.create.topics.enable=false
                # one member per group locally: no reason to wait for more before the first assignment
                group.initial.rebalance.delay.ms=0
                """.formatted(host, StackPorts.KAFKA, StackPorts.KAFKA_CONTROLLER, logDirs.toAbsolutePath());
    }

    /** The broker's own logging, to stdout (which devstack appends to logs/kafka.log). */
    static String log4j2() {
        return """
                status = warn
                appender.console.type = Console
                appender.console.name = STDOUT
                appender.console.layout.type = PatternLayout
                appender.console.layout.pattern = [%d] %p %m (%c)%n
                rootLogger.level = INFO
                rootLogger.appenderRef.stdout.ref = STDOUT
                logger.kafka.name = kafka
                logger.kafka.level = INFO
                logger.state.name = state.change.logger
                logger.state.level = WARN
                logger.request.name = kafka.request.logger
                logger.request.level = WARN
                """;
    }
}
