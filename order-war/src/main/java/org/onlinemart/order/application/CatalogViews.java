package org.onlinemart.order.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.onlinemart.commons.events.ProductPriceSet;
import org.onlinemart.commons.events.StockLevelChanged;
import org.onlinemart.order.domain.ProductViewRepository;

/** Keeps the order service's price and stock views up to date from product's and inventory's events. */
@ApplicationScoped
public class CatalogViews {

    private static final Logger LOG = Logger.getLogger(CatalogViews.class.getName());

    private ProductViewRepository views;

    protected CatalogViews() {}

    @Inject
    public CatalogViews(ProductViewRepository views) {
        this.views = views;
    }

    @Transactional
    public void onPriceSet(ProductPriceSet priceSet) {
        if (!views.applyPrice(
                priceSet.productId(),
                priceSet.productName(),
                priceSet.price(),
                priceSet.effectiveDate(),
                priceSet.occurredAt())) {
            LOG.info(() -> "Ignored a price of product " + priceSet.productId() + " older than the one held");
        }
    }

    @Transactional
    public void onStockLevelChanged(StockLevelChanged changed) {
        if (!views.applyStock(changed.productId(), changed.available(), changed.occurredAt())) {
            LOG.info(() -> "Ignored a stock level of product " + changed.productId() + " older than the one held");
        }
    }
}
