package org.onlinemart.commons.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * Every REST body in snake_case (DESIGN.md §3), from the record components' Java names; whole-number
 * fields take only whole numbers in range ({@link WholeNumbers}), text fields no NUL character ({@link Texts}).
 */
@Provider
public class JsonbConfigResolver implements ContextResolver<Jsonb> {

    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
            .withDeserializers(new WholeNumbers.Longs(), new WholeNumbers.Integers(), new Texts()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
