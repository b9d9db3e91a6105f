package org.onlinemart.commons.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * The topic an event goes to: its {@link Topic} default, unless {@code mart.topic.<default>} renames it
 * (DESIGN.md §4: topic names are configurable).
 */
@ApplicationScoped
public class TopicNames {

    private Config config;

    protected TopicNames() {}

    @Inject
    public TopicNames(Config config) {
        this.config = config;
    }

    public String of(Class<? extends IntegrationEvent> type) {
        String defaultTopic = EventCodec.topicOf(type);
        return config.getOptionalValue("mart.topic." + defaultTopic, String.class)
                .orElse(defaultTopic);
    }
}
