package org.onlinemart.product.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.onlinemart.commons.events.ProductPriceSet;
import org.onlinemart.commons.outbox.Outbox;
import org.onlinemart.commons.problem.ResourceNotFoundException;
import org.onlinemart.product.domain.Product;
import org.onlinemart.product.domain.ProductPrice;
import org.onlinemart.product.domain.ProductPriceRepository;
import org.onlinemart.product.domain.ProductRepository;

/**
 * Prices: a price that is current when set is announced on product_data in the same transaction; a
 * future-dated one when it comes due ({@link #publishDuePrices}). Changes to one product's prices run one
 * at a time (the product row is locked), so announcements follow the order prices became current.
 */
@ApplicationScoped
public class PricingService {

    private ProductRepository products;
    private ProductPriceRepository prices;
    private Outbox outbox;

    protected PricingService() {}

    @Inject
    public PricingService(ProductRepository products, ProductPriceRepository prices, Outbox outbox) {
        this.products = products;
        this.prices = prices;
        this.outbox = outbox;
    }

    @Transactional
    public ProductPrice setPrice(NewPrice command) {
        Instant now = Instant.now();
        Product product = products.lockById(command.productId())
                .orElseThrow(() -> new ResourceNotFoundException("Product", command.productId()));
        ProductPrice price = new ProductPrice(product, command.price(), command.effectiveDate(), now);
        if (price.isEffectiveAt(now)) {
            // a back-dated price older than the current one never becomes current: nothing to announce
            ProductPrice previous = prices.currentOf(List.of(product.id()), now).get(product.id());
            announceIfCurrent(List.of(price), previous, now);
        }
        prices.add(price);
        return price;
    }

    /**
     * Announces the prices that have come due since they were set, at most {@code limit} of them, each
     * product's newest only (older ones due at the same time are passed over).
     *
     * @return how many due prices were handled; as many as the limit means there may be more
     */
    @Transactional
    public int publishDuePrices(Instant now, int limit) {
        List<ProductPrice> due = prices.claimDueUnpublished(now, limit);
        Map<Long, List<ProductPrice>> byProduct = due.stream()
                .collect(Collectors.groupingBy(price -> price.product().id()));
        Map<Long, ProductPrice> current = prices.currentOf(byProduct.keySet(), now);
        byProduct.forEach((productId, newlyDue) -> announceIfCurrent(newlyDue, current.get(productId), now));
        return due.size();
    }

    /** Announces whichever of these is now the current price (if one is), and marks them all as handled. */
    private void announceIfCurrent(List<ProductPrice> candidates, ProductPrice knownCurrent, Instant now) {
        List<ProductPrice> all = new ArrayList<>(candidates);
        all.add(knownCurrent);
        Set<ProductPrice> handled = Set.copyOf(candidates);
        ProductPrice.currentOf(all, now)
                .filter(handled::contains)
                .ifPresent(current -> outbox.enqueue(ProductPriceSet.of(
                        current.product().id(), current.product().name(), current.price(), current.effectiveDate())));
        candidates.forEach(price -> price.markPublished(now));
    }
}
