package org.onlinemart.product.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewPriceRequestTest {

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    private Set<String> invalidFields(Long productId, String price) {
        var request = new NewPriceRequest(productId, price == null ? null : new BigDecimal(price), null);
        return validator.validate(request).stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void pricesAboveZeroWithAtMostTwoDecimalsAreValid() {
        for (String valid : List.of("0.01", "12.5", "12.50", "100", "9999999999.99")) {
            assertTrue(invalidFields(1L, valid).isEmpty(), valid);
        }
    }

    /** Decimals count as written, as in the domain: 12.500 has three. */
    @Test
    void zeroNegativeTooPreciseTooLargeOrMissingPricesAreNot() {
        for (String invalid : List.of("0", "0.00", "-0.01", "-5", "12.345", "12.500", "0.001", "10000000000")) {
            assertEquals(Set.of("price"), invalidFields(1L, invalid), invalid);
        }
        assertEquals(Set.of("price"), invalidFields(1L, null));
    }

    @Test
    void theProductIsRequiredAndPositive() {
        assertEquals(Set.of("productId"), invalidFields(null, "1.00"));
        assertEquals(Set.of("productId"), invalidFields(0L, "1.00"));
    }
}
