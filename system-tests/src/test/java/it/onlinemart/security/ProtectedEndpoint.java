package it.onlinemart.security;

import io.restassured.response.ValidatableResponse;
import it.onlinemart.Service;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** An endpoint that needs a signed-in caller (DESIGN.md §2), and whether only admins may use it. */
record ProtectedEndpoint(Service service, String method, String path, boolean adminOnly) {

    /** Every protected endpoint the services have so far; a service's new ones belong here too. */
    static List<ProtectedEndpoint> all() {
        return Stream.concat(own().stream(), Arrays.stream(Service.values()).flatMap(ProtectedEndpoint::commonAdmin))
                .toList();
    }

    /** The admin endpoints mart-commons gives every service (issue 12); 0 is no row's id. */
    private static Stream<ProtectedEndpoint> commonAdmin(Service service) {
        return Stream.of(
                new ProtectedEndpoint(service, "GET", "/admin/dead-letters", true),
                new ProtectedEndpoint(service, "GET", "/admin/dead-letters/0", true),
                new ProtectedEndpoint(service, "POST", "/admin/dead-letters/0/replay", true),
                new ProtectedEndpoint(service, "POST", "/admin/dead-letters/replay", true),
                new ProtectedEndpoint(service, "GET", "/admin/outbox/parked", true),
                new ProtectedEndpoint(service, "POST", "/admin/outbox/parked/0/release", true),
                new ProtectedEndpoint(service, "POST", "/admin/outbox/parked/release", true));
    }

    private static List<ProtectedEndpoint> own() {
        return List.of(
                new ProtectedEndpoint(Service.USER, "GET", "/me", false),
                new ProtectedEndpoint(Service.USER, "PUT", "/update_user", false),
                new ProtectedEndpoint(Service.USER, "GET", "/get-all-users", true),
                new ProtectedEndpoint(Service.USER, "POST", "/add_admin", true),
                new ProtectedEndpoint(Service.USER, "DELETE", "/delete_user?user_id_to_delete=0", true),
                new ProtectedEndpoint(Service.PRODUCT, "POST", "/category-creation", true),
                new ProtectedEndpoint(Service.PRODUCT, "POST", "/product-creation", true),
                new ProtectedEndpoint(Service.INVENTORY, "GET", "/get-all-items", true),
                new ProtectedEndpoint(Service.INVENTORY, "POST", "/add_warehouse", true),
                new ProtectedEndpoint(Service.INVENTORY, "GET", "/get-all-warehouses", true),
                new ProtectedEndpoint(Service.INVENTORY, "POST", "/add_supplier", true),
                new ProtectedEndpoint(Service.INVENTORY, "GET", "/list-all-suppliers", true),
                new ProtectedEndpoint(Service.INVENTORY, "POST", "/stockin", true),
                new ProtectedEndpoint(Service.ORDER, "GET", "/orders", false),
                new ProtectedEndpoint(Service.ORDER, "GET", "/orders/1", false),
                new ProtectedEndpoint(Service.ORDER, "GET", "/all-orders", true),
                new ProtectedEndpoint(Service.ORDER, "POST", "/add-to-cart", false),
                new ProtectedEndpoint(Service.ORDER, "GET", "/view-cart", false),
                new ProtectedEndpoint(Service.ORDER, "PUT", "/update-cart", false),
                new ProtectedEndpoint(Service.ORDER, "DELETE", "/delete-item-from-cart?product_id=1", false),
                new ProtectedEndpoint(Service.ORDER, "POST", "/order", false),
                new ProtectedEndpoint(Service.ORDER, "POST", "/create-order", false),
                new ProtectedEndpoint(Service.ORDER, "POST", "/orders/1/cancel", false),
                new ProtectedEndpoint(Service.NOTIFICATION, "GET", "/notifications", false),
                new ProtectedEndpoint(Service.PAYMENT, "GET", "/payments/1", false),
                new ProtectedEndpoint(Service.PAYMENT, "GET", "/payments", false),
                new ProtectedEndpoint(Service.PAYMENT, "POST", "/payments", false),
                new ProtectedEndpoint(Service.PAYMENT, "POST", "/refunds", true));
    }

    static List<ProtectedEndpoint> forAdminsOnly() {
        return all().stream().filter(endpoint -> endpoint.adminOnly).toList();
    }

    /** Calls it with an empty JSON body where it takes one, signed with the token unless it is null. */
    ValidatableResponse callWith(String token) {
        var request = token == null ? service.request() : service.request(token);
        if (!method.equals("GET") && !method.equals("DELETE")) {
            request = request.body("{}");
        }
        return request.request(method, path).then();
    }

    @Override
    public String toString() {
        return service.serverName() + " " + method + " " + path;
    }
}
