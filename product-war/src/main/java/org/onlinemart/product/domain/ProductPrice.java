package org.onlinemart.product.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A price a product has from its effective date on. The current price is the latest effective one;
 * of two effective at the same instant, the one set last wins.
 */
@Entity
@Table(name = "product_price")
public class ProductPrice {

    /**
     * Later effective date first, then later creation; the database orders the same way (see
     * JpaProductPriceRepository).
     */
    private static final Comparator<ProductPrice> RECENCY = Comparator.comparing(ProductPrice::effectiveDate)
            .thenComparing(ProductPrice::createdAt)
            .thenComparing(price -> price.id, Comparator.nullsLast(Comparator.naturalOrder()));

    private static final int MAX_INTEGER_DIGITS = 10;
    private static final int CENTS = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal price;

    @Column(name = "effective_date", nullable = false)
    private Instant effectiveDate;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ProductPrice() {}

    /**
     * @param effectiveDate when the price applies from (null: from now)
     * @throws IllegalArgumentException unless the price is above 0 with at most 2 decimals and 10 integer digits
     */
    public ProductPrice(Product product, BigDecimal price, Instant effectiveDate, Instant now) {
        this.product = Objects.requireNonNull(product);
        this.price = validated(price);
        // PostgreSQL keeps microseconds: compare what will be stored, not what Java had
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        this.effectiveDate = effectiveDate == null ? createdAt : effectiveDate.truncatedTo(ChronoUnit.MICROS);
    }

    static BigDecimal validated(BigDecimal price) {
        if (price == null || price.signum() <= 0) {
            throw new IllegalArgumentException("A price must be above 0");
        }
        // as written, like @Digits on the request: 12.500 has 3 decimals
        if (price.scale() > CENTS) {
            throw new IllegalArgumentException("A price has at most " + CENTS + " decimals");
        }
        if (price.precision() - price.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("A price has at most " + MAX_INTEGER_DIGITS + " integer digits");
        }
        return price.setScale(CENTS);
    }

    /** The current price among these at that instant: the latest effective one, if any is. */
    public static Optional<ProductPrice> currentOf(Collection<ProductPrice> prices, Instant now) {
        return prices.stream()
                .filter(Objects::nonNull)
                .filter(price -> price.isEffectiveAt(now))
                .max(RECENCY);
    }

    public boolean isEffectiveAt(Instant instant) {
        return !effectiveDate.isAfter(instant);
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    /** Announced on product_data, or passed over because a newer price was due too: never announced again. */
    public void markPublished(Instant now) {
        if (publishedAt == null) {
            publishedAt = now;
        }
    }

    public long id() {
        return id;
    }

    public Product product() {
        return product;
    }

    public BigDecimal price() {
        return price;
    }

    public Instant effectiveDate() {
        return effectiveDate;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
