package org.onlinemart.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A place where stock is kept; every stock-in names the one it went to. */
@Entity
@Table(name = "warehouse")
public class Warehouse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String location;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Warehouse() {}

    public Warehouse(String name, String location) {
        this.name = name.strip();
        this.location = location.strip();
        this.createdAt = Instant.now();
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String location() {
        return location;
    }
}
