package org.onlinemart.devstack.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void fourteenDistinctTopicsWithThreePartitions() {
        assertEquals(14, Topics.NAMES.size());
        assertEquals(14, new HashSet<>(Topics.NAMES).size());
        assertEquals(3, Topics.PARTITIONS);
        assertTrue(Topics.NAMES.contains("inventory_deduction_result"));
        assertTrue(Topics.NAMES.contains("token_revocation"));
        assertTrue(Topics.NAMES.stream().allMatch(name -> name.matches("[a-z]+(_[a-z]+)*")));
    }
}
