package org.onlinemart.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onlinemart.order.domain.Cart;
import org.onlinemart.order.domain.CartLine;
import org.onlinemart.order.domain.CartLineWithProduct;
import org.onlinemart.order.domain.CartRepository;
import org.onlinemart.order.domain.ProductNotInCartException;
import org.onlinemart.order.domain.ProductView;
import org.onlinemart.order.domain.ProductViewRepository;

/**
 * The caller's cart, checked against the order service's own price and stock views (never a call to another
 * service). Every change locks the cart's row first, so concurrent changes of one user apply one after another.
 */
@ApplicationScoped
public class CartService {

    private static final BigDecimal NOTHING = BigDecimal.ZERO.setScale(2);

    private CartRepository carts;
    private ProductViewRepository views;

    protected CartService() {}

    @Inject
    public CartService(CartRepository carts, ProductViewRepository views) {
        this.carts = carts;
        this.views = views;
    }

    /** The user's cart with current prices; an empty one if the user never had a cart. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PricedCart cartOf(long userId) {
        return priced(carts.linesWithProductsOf(userId));
    }

    /**
     * Adds units of a priced product to what the cart holds of it.
     *
     * @throws ProductNotForSaleException when the product has no price in the view
     */
    @Transactional
    public PricedCart add(long userId, long productId, int quantity) {
        ProductView product = views.find(productId)
                .filter(view -> view.price() != null)
                .orElseThrow(() -> new ProductNotForSaleException(productId));
        Cart cart = carts.openFor(userId);
        cart.add(productId, quantity, availableOf(product));
        return priced(cart);
    }

    /** Sets how many units of a product the cart holds; 0 removes its line. */
    @Transactional
    public PricedCart update(long userId, long productId, int quantity) {
        Cart cart = lockedCartHolding(userId, productId);
        int available = quantity == 0
                ? 0
                : views.find(productId).map(CartService::availableOf).orElse(0);
        cart.update(productId, quantity, available);
        return priced(cart);
    }

    @Transactional
    public PricedCart remove(long userId, long productId) {
        Cart cart = lockedCartHolding(userId, productId);
        cart.remove(productId);
        return priced(cart);
    }

    /** A user without a cart holds no product: no need to create one to say so. */
    private Cart lockedCartHolding(long userId, long productId) {
        return carts.lockOfUser(userId).orElseThrow(() -> new ProductNotInCartException(productId));
    }

    /** A stock level inventory has not published yet is no stock at all. */
    private static int availableOf(ProductView product) {
        return product.available() == null ? 0 : product.available();
    }

    private PricedCart priced(Cart cart) {
        Map<Long, ProductView> products =
                views.findAll(cart.lines().stream().map(CartLine::productId).toList()).stream()
                        .collect(Collectors.toMap(ProductView::productId, Function.identity()));
        return priced(cart.lines().stream()
                .map(line -> CartLineWithProduct.of(line, products.get(line.productId())))
                .toList());
    }

    private static PricedCart priced(List<CartLineWithProduct> lines) {
        var priced = lines.stream().map(CartService::priced).toList();
        BigDecimal total = priced.stream()
                .map(PricedCart.Line::totalPrice)
                .filter(Objects::nonNull)
                .reduce(NOTHING, BigDecimal::add);
        return new PricedCart(priced, total);
    }

    private static PricedCart.Line priced(CartLineWithProduct line) {
        if (line.price() == null) {
            return new PricedCart.Line(line.productId(), line.productName(), null, line.quantity(), null);
        }
        BigDecimal unitPrice = line.price().setScale(2, RoundingMode.UNNECESSARY);
        return new PricedCart.Line(
                line.productId(),
                line.productName(),
                unitPrice,
                line.quantity(),
                unitPrice.multiply(BigDecimal.valueOf(line.quantity())));
    }
}
