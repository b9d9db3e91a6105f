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
import java.time.temporal.ChronoUnit;
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

    @Column(name = "tokens_valid_from")
    private Instant tokensValidFrom;

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

    /**
     * A new password signs the account out everywhere: every token issued before it is revoked.
     *
     * @return the revocation's limit, as {@link #revokeTokens} gives it
     */
    public Instant changePassword(String newPasswordHash, Instant now) {
        this.passwordHash = newPasswordHash;
        return revokeTokens(now);
    }

    /**
     * Revokes every token issued until now. Tokens carry their issue time in whole seconds, so the limit is the next
     * whole second: every earlier token's {@code iat} is below it, and tokens issued from now on start at it.
     */
    public Instant revokeTokens(Instant now) {
        tokensValidFrom = now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        return tokensValidFrom;
    }

    /** The earliest issue time a token of this account may carry: now, or later if its tokens were just revoked. */
    public Instant earliestTokenIssue(Instant now) {
        return tokensValidFrom != null && tokensValidFrom.isAfter(now) ? tokensValidFrom : now;
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
