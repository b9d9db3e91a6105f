package org.onlinemart.product.application;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
import org.onlinemart.product.domain.CatalogEntry;
import org.onlinemart.product.domain.Category;
import org.onlinemart.product.domain.Product;
import org.onlinemart.product.domain.ProductPrice;
import org.onlinemart.product.domain.ProductPriceRepository;
import org.onlinemart.product.domain.ProductRepository;

/** Products and prices in memory, ids given as the database would; the current price by the domain rule. */
class InMemoryCatalog {

    private final Map<Long, Product> products = new HashMap<>();
    private final List<ProductPrice> prices = new ArrayList<>();
    private long nextId = 1;

    Product product(String name) {
        Product product = withId(new Product(name, new Category("Drinks", null), null));
        products.put(product.id(), product);
        return product;
    }

    List<ProductPrice> prices() {
        return prices;
    }

    ProductRepository products() {
        return new ProductRepository() {
            @Override
            public void add(Product product) {
                products.put(withId(product).id(), product);
            }

            @Override
            public Optional<CatalogEntry> entryOf(long id, Instant now) {
                return Optional.ofNullable(products.get(id))
                        .map(product -> CatalogEntry.of(
                                product,
                                currentPriceOf(id, now).map(ProductPrice::price).orElse(null)));
            }

            @Override
            public Optional<Product> lockById(long id) {
                return Optional.ofNullable(products.get(id));
            }

            @Override
            public Page<Product> list(PageRequest page) {
                List<Product> all = List.copyOf(products.values());
                return Page.of(
                        page,
                        all.stream().skip(page.offset()).limit(page.size()).toList(),
                        all.size());
            }
        };
    }

    ProductPriceRepository priceRepository() {
        return new ProductPriceRepository() {
            @Override
            public void add(ProductPrice price) {
                prices.add(withId(price));
            }

            @Override
            public Map<Long, ProductPrice> currentOf(Collection<Long> productIds, Instant now) {
                Map<Long, ProductPrice> current = new HashMap<>();
                for (Long productId : productIds) {
                    currentPriceOf(productId, now).ifPresent(price -> current.put(productId, price));
                }
                return current;
            }

            @Override
            public List<ProductPrice> claimDueUnpublished(Instant now, int limit) {
                return prices.stream()
                        .filter(p -> !p.isPublished() && p.isEffectiveAt(now))
                        .limit(limit)
                        .toList();
            }
        };
    }

    private Optional<ProductPrice> currentPriceOf(long productId, Instant now) {
        return ProductPrice.currentOf(
                prices.stream().filter(p -> p.product().id() == productId).toList(), now);
    }

    private <T> T withId(T entity) {
        try {
            Field id = entity.getClass().getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, nextId++);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
