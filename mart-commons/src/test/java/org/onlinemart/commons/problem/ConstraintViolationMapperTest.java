package org.onlinemart.commons.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.junit.jupiter.api.Test;
import org.onlinemart.commons.rest.JsonNames;

class ConstraintViolationMapperTest {

    record NewThing(@NotBlank String productName, @Positive Long categoryId) {}

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void namesFieldsAsTheClientWroteThem() {
        var fields = validator.validate(new NewThing(" ", -1L)).stream()
                .map(ConstraintViolationMapper::fieldOf)
                .sorted()
                .toList();

        assertEquals(java.util.List.of("category_id", "product_name"), fields);
    }

    @Test
    void snakeCasesJavaNames() {
        assertEquals("user_email", JsonNames.snakeCase("userEmail"));
        assertEquals("available", JsonNames.snakeCase("available"));
    }
}
