package org.onlinemart.user.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** An account: signs in with its e-mail (unique whatever the letter case) and a password kept only as a hash. */
@Entity
@Table(name = "app_user")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String email;

    private String phone;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Role role;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected User() {}

    public User(String name, String email, String phone, String passwordHash, Role role) {
        this.name = name.strip();
        this.email = canonicalEmail(email);
        this.phone = phone == null ? null : phone.strip();
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = Instant.now();
    }

    /** The form e-mails are stored and compared in: trimmed and lower-cased. */
    public static String canonicalEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public void rename(String newName) {
        this.name = newName.strip();
    }

    public void changePhone(String newPhone) {
        this.phone = newPhone.strip();
    }

    public void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
    }

    public boolean hasPassword(String candidate, PasswordHasher hasher) {
        return hasher.verifies(candidate, passwordHash);
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public Role role() {
        return role;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Never shows the password hash. */
    @Override
    public String toString() {
        return "User[id=" + id + ", email=" + email + ", role=" + role + "]";
    }
}
