package org.onlinemart.devstack.demo;

import java.math.BigDecimal;

/** A product the demo created and priced. */
record Product(long id, String name, BigDecimal price) {}
