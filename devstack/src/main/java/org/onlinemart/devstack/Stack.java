package org.onlinemart.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onlinemart.devstack.kafka.KafkaAdmin;
import org.onlinemart.devstack.kafka.KafkaBroker;
import org.onlinemart.devstack.liberty.LibertyServers;
import org.onlinemart.devstack.liberty.ServiceEnvironment;
import org.onlinemart.devstack.postgres.MartDatabases;
import org.onlinemart.devstack.postgres.PostgresAdminPassword;
import org.onlinemart.devstack.postgres.PostgresServer;
import org.onlinemart.devstack.prometheus.PrometheusServer;
import org.onlinemart.devstack.smtp.SmtpSink;

/** The parts in start order (PostgreSQL, Kafka, SMTP, Liberty servers); stopped in reverse order. */
public final class Stack {

    private final List<StackPart> parts;
    private final Optional<PostgresServer> postgres;
    private final Optional<KafkaBroker> kafka;
    private final Optional<SmtpSink> smtp;
    private final LibertyServers liberty;
    private final List<StackPart> started = new ArrayList<>();
    private volatile boolean ready;

    private Stack(
            List<StackPart> parts,
            Optional<PostgresServer> postgres,
            Optional<KafkaBroker> kafka,
            Optional<SmtpSink> smtp,
            LibertyServers liberty) {
        this.parts = parts;
        this.postgres = postgres;
        this.kafka = kafka;
        this.smtp = smtp;
        this.liberty = liberty;
    }

    /** Local parts unless the environment names an external PostgreSQL, Kafka or SMTP server. */
    public static Stack assemble(StackContext context) {
        StackSettings settings = context.settings();
        StackPaths paths = context.paths();
        ServiceEnvironment env = context.serviceEnv();
        List<StackPart> parts = new ArrayList<>();
        MartDatabases databases = settings.localPostgres()
                ? new MartDatabases(
                        settings.postgresServerUrl(),
                        PostgresAdminPassword.USER,
                        PostgresAdminPassword.ensure(paths.postgresAdminPassword()))
                : new MartDatabases(
                        settings.postgresServerUrl(), settings.postgresAdminUser(), settings.postgresAdminPassword());
        Optional<PostgresServer> postgres = settings.localPostgres()
                ? Optional.of(new PostgresServer(paths, context.pidFiles(), databases, env))
                : Optional.empty();
        parts.add(
                postgres.isPresent()
                        ? postgres.get()
                        : new ExternalService(
                                PostgresServer.PART,
                                settings.postgresServerUrl(),
                                () -> databases.ensure(env.dbUser(), env.dbPassword(), true)));
        KafkaAdmin admin = new KafkaAdmin(settings.kafkaBootstrapServers());
        Optional<KafkaBroker> kafka = Optional.empty();
        if (settings.localKafka()) {
            kafka = Optional.of(new KafkaBroker(paths, context.pidFiles(), admin));
            parts.add(kafka.get());
        } else {
            String bootstrap = settings.kafkaBootstrapServers();
            parts.add(new ExternalService(KafkaBroker.PART, bootstrap, () -> createTopics(admin, bootstrap)));
        }
        Optional<SmtpSink> smtp = settings.localSmtp() ? Optional.of(new SmtpSink(paths)) : Optional.empty();
        parts.add(
                smtp.isPresent()
                        ? smtp.get()
                        : new ExternalService(SmtpSink.PART, settings.smtpHost().orElseThrow(), () -> {}));
        if (settings.prometheus()) {
            Optional<Path> prometheus = PrometheusServer.installed();
            if (prometheus.isPresent()) {
                parts.add(new PrometheusServer(paths, context.pidFiles(), settings.instances(), prometheus.get()));
            } else {
                Log.warn(
                        "--with-prometheus: prometheus is not on the PATH; going on without it (%s)",
                        PrometheusServer.INSTALL_HINT);
            }
        }
        LibertyServers liberty = new LibertyServers(
                paths, context.pidFiles(), settings.instances(), env, settings.startTimeout(), settings.oneServer());
        parts.add(liberty);
        return new Stack(List.copyOf(parts), postgres, kafka, smtp, liberty);
    }

    private static void createTopics(KafkaAdmin admin, String bootstrapServers) {
        try {
            admin.ensureTopics(false);
        } catch (Exception e) {
            throw new StackException("cannot create the topics on " + bootstrapServers + ": " + e.getMessage(), e);
        }
    }

    /** Starts the parts one after the other; a part counts as started (and will be stopped) from its first step. */
    public void start() {
        for (StackPart part : parts) {
            synchronized (started) {
                started.add(part);
            }
            part.start();
        }
        ready = true;
    }

    /** Stops whatever was started, in reverse order, waiting for each. Idempotent. */
    public void stop() {
        ready = false;
        List<StackPart> toStop;
        synchronized (started) {
            toStop = new ArrayList<>(started);
            started.clear();
        }
        for (int i = toStop.size() - 1; i >= 0; i--) {
            try {
                toStop.get(i).stop();
            } catch (RuntimeException e) {
                Log.warn("stopping %s failed: %s", toStop.get(i).name(), e.getMessage());
            }
        }
    }

    public boolean ready() {
        return ready;
    }

    public Map<String, String> status() {
        Map<String, String> status = new LinkedHashMap<>();
        parts.forEach(part -> status.putAll(part.status()));
        return status;
    }

    /** The local PostgreSQL; empty when POSTGRES_URL names another server. */
    public Optional<PostgresServer> postgres() {
        return postgres;
    }

    public Optional<KafkaBroker> kafka() {
        return kafka;
    }

    /** The local SMTP sink; empty when SMTP_HOST names another server. */
    public Optional<SmtpSink> smtp() {
        return smtp;
    }

    public LibertyServers liberty() {
        return liberty;
    }
}
