package org.onlinemart.product.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import org.onlinemart.commons.events.ProductCreated;
import org.onlinemart.commons.events.ProductDetailsAnswered;
import org.onlinemart.commons.events.ProductDetailsAnswered.PricedProduct;
import org.onlinemart.commons.events.ProductDetailsRequested;
import org.onlinemart.commons.logging.OrderTrail;
import org.onlinemart.commons.messaging.Replies;
import org.onlinemart.commons.outbox.Outbox;
import org.onlinemart.commons.paging.Page;
import org.onlinemart.commons.paging.PageRequest;
import org.onlinemart.commons.problem.ConflictException;
import org.onlinemart.commons.problem.Problem;
import org.onlinemart.commons.problem.ResourceNotFoundException;
import org.onlinemart.product.domain.CatalogEntry;
import org.onlinemart.product.domain.Category;
import org.onlinemart.product.domain.CategoryRepository;
import org.onlinemart.product.domain.CurrentPrice;
import org.onlinemart.product.domain.Product;
import org.onlinemart.product.domain.ProductPriceRepository;
import org.onlinemart.product.domain.ProductRepository;

/** Categories and products: each change commits together with the events it causes. */
@ApplicationScoped
public class CatalogService {

    private static final Logger LOG = Logger.getLogger(CatalogService.class.getName());
    /** As many as a page may hold: an order of more products is not one we answer. */
    static final int MAX_REQUESTED_PRODUCTS = PageRequest.MAX_SIZE;

    private CategoryRepository categories;
    private ProductRepository products;
    private ProductPriceRepository prices;
    private Outbox outbox;
    private Replies replies;

    protected CatalogService() {}

    @Inject
    public CatalogService(
            CategoryRepository categories,
            ProductRepository products,
            ProductPriceRepository prices,
            Outbox outbox,
            Replies replies) {
        this.categories = categories;
        this.products = products;
        this.prices = prices;
        this.outbox = outbox;
        this.replies = replies;
    }

    @Transactional
    public Category createCategory(String name, String description) {
        Category category = new Category(name, description);
        if (!categories.add(category)) {
            throw new ConflictException(
                    "A category named '" + category.name() + "' exists already",
                    List.of(new Problem.FieldError("category_name", "already exists")));
        }
        return category;
    }

    /** Defines a product and tells inventory to open an item for it (inventory_creation). */
    @Transactional
    public Product createProduct(String name, long categoryId, String description) {
        Category category = categories
                .findById(categoryId)
                .orElseThrow(() -> new ResourceNotFoundException("Category", categoryId));
        Product product = new Product(name, category, description);
        products.add(product);
        outbox.enqueue(ProductCreated.of(product.id(), product.name(), product.description()));
        return product;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Category> categories() {
        return categories.all();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CatalogEntry product(long productId) {
        return products.entryOf(productId, Instant.now())
                .orElseThrow(() -> new ResourceNotFoundException("Product", productId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CatalogEntry> products(PageRequest page) {
        Page<Product> listed = products.list(page);
        return listed.withItems(withPrices(listed.items()));
    }

    /**
     * Answers the order service on products_details_response: the requested products that have a current
     * price, and in {@code missing} those it does not know or that have no price yet (neither can be sold). Read
     * without a transaction and sent straight to Kafka ({@link Replies}): it changes nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void answer(ProductDetailsRequested request) {
        if (request.correlationId() == null || request.productIds() == null) {
            LOG.warning(OrderTrail.beforeOrder(request.correlationId())
                    + ": ignored a product details request without correlation_id or product_ids: "
                    + request.eventId());
            return;
        }
        if (request.productIds().size() > MAX_REQUESTED_PRODUCTS) {
            LOG.warning(OrderTrail.beforeOrder(request.correlationId()) + ": ignored a product details request for "
                    + request.productIds().size() + " products (at most " + MAX_REQUESTED_PRODUCTS + ")");
            return;
        }
        List<Long> requested = request.productIds().stream()
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        // a price exists only for a product that exists: no price, unknown or unpriced alike
        Map<Long, CurrentPrice> current = prices.currentPricesOf(requested, Instant.now());
        List<PricedProduct> priced = new ArrayList<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : requested) {
            CurrentPrice price = current.get(id);
            if (price == null) {
                missing.add(id);
            } else {
                priced.add(new PricedProduct(id, price.productName(), price.price()));
            }
        }
        replies.send(ProductDetailsAnswered.of(request.correlationId(), priced, missing));
        LOG.info(() -> OrderTrail.beforeOrder(request.correlationId()) + ": get_product_details answered, "
                + priced.size() + " priced, " + missing.size() + " unknown or unpriced");
    }

    private List<CatalogEntry> withPrices(List<Product> page) {
        Map<Long, CurrentPrice> current =
                prices.currentPricesOf(page.stream().map(Product::id).toList(), Instant.now());
        return page.stream()
                .map(product -> {
                    CurrentPrice price = current.get(product.id());
                    return CatalogEntry.of(product, price == null ? null : price.price());
                })
                .toList();
    }
}
