package it.onlinemart.order;

import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import it.onlinemart.DevStackControl;
import it.onlinemart.user.Accounts;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** The original README's cart: add, view, update, delete, for the signed-in user only, kept in the database. */
@MicroShedTest
class CartIT {

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void aNewUsersCartIsEmptyWithATotalOfZero() {
        JsonPath cart = Carts.viewed(Accounts.newUser().token());

        assertEquals(List.of(), cart.getList("items"));
        assertEquals(money("0.00"), cart.get("total_price"));
    }

    @Test
    void addingAProductAgainAddsUpAndTheCartShowsNamesPricesAndTotals() {
        var kettle = Shelf.stocked("24.99", 10);
        var cup = Shelf.stocked("3.50", 10);
        String token = Accounts.newUser().token();

        Carts.add(token, cup.id(), 2).statusCode(200);
        Carts.add(token, kettle.id(), 1).statusCode(200);
        JsonPath answer = Carts.money(Carts.add(token, cup.id(), 3).statusCode(200));

        assertEquals(answer.prettify(), Carts.viewed(token).prettify(), "add answers with the cart as viewed");
        // the older product first: lines are in product id order
        assertEquals(List.of(kettle.id(), cup.id()), answer.getList("items.product_id", Long.class));
        assertEquals(List.of(kettle.name(), cup.name()), answer.getList("items.product_name"));
        assertEquals(List.of(money("24.99"), money("3.50")), answer.getList("items.unit_price"));
        assertEquals(List.of(1, 5), answer.getList("items.quantity"));
        assertEquals(List.of(money("24.99"), money("17.50")), answer.getList("items.total_price"));
        assertEquals(money("42.49"), answer.get("total_price"));
    }

    @Test
    void updatingSetsTheQuantityAndZeroRemovesTheProduct() {
        var kettle = Shelf.stocked("24.99", 10);
        var cup = Shelf.stocked("3.50", 10);
        String token = Accounts.newUser().token();
        Carts.add(token, kettle.id(), 1).statusCode(200);
        Carts.add(token, cup.id(), 5).statusCode(200);

        JsonPath updated = Carts.money(Carts.update(token, cup.id(), 2).statusCode(200));
        assertEquals(List.of(1, 2), updated.getList("items.quantity"));
        assertEquals(money("31.99"), updated.get("total_price"));

        JsonPath removed = Carts.money(Carts.update(token, kettle.id(), 0).statusCode(200));
        assertEquals(List.of(cup.id()), removed.getList("items.product_id", Long.class));
        assertEquals(money("7.00"), removed.get("total_price"));
        assertEquals(removed.prettify(), Carts.viewed(token).prettify());
    }

    @Test
    void deletingAProductTakesOnlyItOutOfTheCart() {
        var kettle = Shelf.stocked("24.99", 10);
        var cup = Shelf.stocked("3.50", 10);
        String token = Accounts.newUser().token();
        Carts.add(token, kettle.id(), 1).statusCode(200);
        Carts.add(token, cup.id(), 2).statusCode(200);

        JsonPath afterDelete = Carts.money(Carts.delete(token, kettle.id()).statusCode(200));

        assertEquals(List.of(cup.id()), afterDelete.getList("items.product_id", Long.class));
        assertEquals(money("7.00"), afterDelete.get("total_price"));
        Carts.delete(token, cup.id()).statusCode(200);
        JsonPath empty = Carts.viewed(token);
        assertEquals(List.of(), empty.getList("items"));
        assertEquals(money("0.00"), empty.get("total_price"));
    }

    @Test
    void eachUserHasTheirOwnCart() {
        var kettle = Shelf.stocked("24.99", 10);
        String ann = Accounts.newUser().token();
        String bob = Accounts.newUser().token();
        Carts.add(ann, kettle.id(), 3).statusCode(200);

        Carts.view(bob).statusCode(200).body("items", empty());
        Carts.delete(bob, kettle.id()).statusCode(404);
        Carts.add(bob, kettle.id(), 1).statusCode(200);

        assertEquals(List.of(3), Carts.viewed(ann).getList("items.quantity"));
        assertEquals(List.of(1), Carts.viewed(bob).getList("items.quantity"));
    }

    @Test
    void concurrentAddsOfOneUserAllCount() throws Exception {
        var kettle = Shelf.stocked("24.99", 50);
        String token = Accounts.newUser().token();
        int adds = 10;

        ExecutorService threads = Executors.newFixedThreadPool(adds);
        try {
            Callable<Integer> addOne =
                    () -> Carts.add(token, kettle.id(), 1).extract().statusCode();
            List<Future<Integer>> statuses = threads.invokeAll(Collections.nCopies(adds, addOne));
            for (Future<Integer> status : statuses) {
                assertEquals(200, status.get());
            }
        } finally {
            threads.shutdownNow();
        }

        JsonPath cart = Carts.viewed(token);
        assertEquals(List.of(adds), cart.getList("items.quantity"));
        assertEquals(money("249.90"), cart.get("total_price"));
    }

    @Test
    void theCartSurvivesARestartOfTheOrderService() {
        var kettle = Shelf.stocked("24.99", 10);
        var cup = Shelf.stocked("3.50", 10);
        String token = Accounts.newUser().token();
        Carts.add(token, kettle.id(), 2).statusCode(200);
        Carts.add(token, cup.id(), 1).statusCode(200);
        String before = Carts.viewed(token).prettify();

        DevStackControl.restartService("order");

        assertEquals(before, Carts.viewed(token).prettify());
        // and it still adds up after the restart
        assertEquals(
                List.of(3, 1),
                Carts.money(Carts.add(token, kettle.id(), 1).statusCode(200)).getList("items.quantity"));
    }
}
