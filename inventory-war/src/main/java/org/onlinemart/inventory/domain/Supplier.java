package org.onlinemart.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** Someone who delivers stock; known by an e-mail address no other supplier has, whatever its letter case. */
@Entity
@Table(name = "supplier")
public class Supplier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String contact;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String address;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Supplier() {}

    public Supplier(String name, String contact, String email, String address) {
        this.name = name.strip();
        this.contact = contact.strip();
        this.email = email.strip().toLowerCase(Locale.ROOT);
        this.address = address.strip();
        this.createdAt = Instant.now();
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String contact() {
        return contact;
    }

    public String email() {
        return email;
    }

    public String address() {
        return address;
    }
}
