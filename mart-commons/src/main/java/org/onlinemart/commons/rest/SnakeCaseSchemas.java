package org.onlinemart.commons.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The OpenAPI document names schema properties as the JSON on the wire does (snake_case, from
 * JsonbConfigResolver's naming strategy); the generator would use the Java names.
 */
public class SnakeCaseSchemas implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null && !properties.isEmpty()) {
            Map<String, Schema> renamed = new LinkedHashMap<>();
            properties.forEach((name, property) -> renamed.put(JsonNames.snakeCase(name), property));
            schema.setProperties(renamed);
        }
        List<String> required = schema.getRequired();
        if (required != null && !required.isEmpty()) {
            schema.setRequired(required.stream().map(JsonNames::snakeCase).toList());
        }
        return schema;
    }
}
