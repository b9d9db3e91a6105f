package org.onlinemart.order.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A user's cart: at most one line per product, in product id order, within the limits below. It holds quantities
 * only; prices are read from the product views whenever it is shown or ordered. Changes that name a stock level
 * are checked against it, so a cart never asks for more than was available when it was changed.
 */
@Entity
@Table(name = "cart")
public class Cart {

    /** Different products one cart holds at most. */
    public static final int MAX_LINES = 100;
    /** Units of one product one cart holds at most. */
    public static final int MAX_QUANTITY = 1000;

    @Id
    @Column(name = "user_id")
    private Long userId;

    // every use of a cart reads its lines
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cart_line", joinColumns = @JoinColumn(name = "user_id"))
    @OrderBy("productId")
    private List<CartLine> lines = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Cart() {}

    /** An empty cart; the stored one is made by {@link CartRepository#openFor}. */
    public Cart(long userId) {
        this.userId = userId;
        this.updatedAt = Instant.now();
    }

    /**
     * Adds units of a product to what the cart holds of it already.
     *
     * @param available units of the product that can be ordered now
     * @throws CartLimitExceededException past the stock, {@link #MAX_QUANTITY} or {@link #MAX_LINES}
     */
    public void add(long productId, int quantity, int available) {
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
        }
        int index = indexOf(productId);
        if (index < 0 && lines.size() >= MAX_LINES) {
            throw new CartLimitExceededException(
                    CartLimitExceededException.Limit.PRODUCTS_PER_CART,
                    "A cart holds at most " + MAX_LINES + " different products; remove one before adding product "
                            + productId);
        }
        int wanted = (index < 0 ? 0 : lines.get(index).quantity()) + quantity;
        checkLimits(productId, wanted, available);
        if (index < 0) {
            lines.add(insertionPoint(productId), new CartLine(productId, wanted));
        } else {
            lines.set(index, lines.get(index).withQuantity(wanted));
        }
        touch();
    }

    /**
     * Sets how many units of a product the cart holds; 0 removes its line.
     *
     * @param available units of the product that can be ordered now
     * @throws ProductNotInCartException when the cart holds none of it
     * @throws CartLimitExceededException past the stock or {@link #MAX_QUANTITY}
     */
    public void update(long productId, int quantity, int available) {
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity must not be negative, was " + quantity);
        }
        int index = requireLine(productId);
        if (quantity == 0) {
            lines.remove(index);
        } else {
            checkLimits(productId, quantity, available);
            lines.set(index, lines.get(index).withQuantity(quantity));
        }
        touch();
    }

    /** @throws ProductNotInCartException when the cart holds none of it */
    public void remove(long productId) {
        lines.remove(requireLine(productId));
        touch();
    }

    /**
     * Takes what an order took out of the cart: each ordered quantity is subtracted from its product's line, and
     * lines that reach 0 go. Lines of products not ordered stay, and so does whatever was added beyond the order.
     */
    public void removeOrdered(Collection<CartLine> ordered) {
        for (CartLine taken : ordered) {
            int index = indexOf(taken.productId());
            if (index >= 0) {
                int left = lines.get(index).quantity() - taken.quantity();
                if (left > 0) {
                    lines.set(index, lines.get(index).withQuantity(left));
                } else {
                    lines.remove(index);
                }
            }
        }
        touch();
    }

    private static void checkLimits(long productId, int wanted, int available) {
        if (wanted > MAX_QUANTITY) {
            throw new CartLimitExceededException(
                    CartLimitExceededException.Limit.UNITS_PER_PRODUCT,
                    "The cart would hold " + wanted + " units of product " + productId + "; at most " + MAX_QUANTITY
                            + " of one product fit in a cart");
        }
        if (wanted > available) {
            throw new CartLimitExceededException(
                    CartLimitExceededException.Limit.STOCK,
                    "Only " + Math.max(available, 0) + " units of product " + productId
                            + " are available; the cart would hold " + wanted);
        }
    }

    private int requireLine(long productId) {
        int index = indexOf(productId);
        if (index < 0) {
            throw new ProductNotInCartException(productId);
        }
        return index;
    }

    private int indexOf(long productId) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).productId() == productId) {
                return i;
            }
        }
        return -1;
    }

    /** Where a new line goes to keep the lines in product id order. */
    private int insertionPoint(long productId) {
        int index = 0;
        while (index < lines.size() && lines.get(index).productId() < productId) {
            index++;
        }
        return index;
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    public long userId() {
        return userId;
    }

    /** The lines in product id order, unmodifiable. */
    public List<CartLine> lines() {
        return List.copyOf(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
