package org.onlinemart.product.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.onlinemart.commons.events.ProductCreated;
import org.onlinemart.commons.outbox.Outbox;
import org.onlinemart.commons.problem.ConflictException;
import org.onlinemart.commons.problem.Problem;
import org.onlinemart.commons.problem.ResourceNotFoundException;
import org.onlinemart.product.domain.Category;
import org.onlinemart.product.domain.CategoryRepository;
import org.onlinemart.product.domain.Product;
import org.onlinemart.product.domain.ProductRepository;

/** Categories and products: each change commits together with the events it causes. */
@ApplicationScoped
public class CatalogService {

    private CategoryRepository categories;
    private ProductRepository products;
    private Outbox outbox;

    protected CatalogService() {
    }

    @Inject
    public CatalogService(CategoryRepository categories, ProductRepository products, Outbox outbox) {
        this.categories = categories;
        this.products = products;
        this.outbox = outbox;
    }

    @Transactional
    public Category createCategory(String name, String description) {
        Category category = new Category(name, description);
        if (!categories.add(category)) {
            throw new ConflictException("A category named '" + category.name() + "' exists already",
                    List.of(new Problem.FieldError("category_name", "already exists")));
        }
        return category;
    }

    /** Defines a product and tells inventory to open an item for it (inventory_creation). */
    @Transactional
    public Product createProduct(String name, long categoryId, String description) {
        Category category = categories.findById(categoryId)
                .orElseThrow(() -> new ResourceNotFoundException("Category", categoryId));
        Product product = new Product(name, category, description);
        products.add(product);
        outbox.enqueue(ProductCreated.of(product.id(), product.name(), product.description()));
        return product;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Product product(long productId) {
        return products.findById(productId).orElseThrow(() -> new ResourceNotFoundException("Product", productId));
    }
}
