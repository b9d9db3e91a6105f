package it.onlinemart.security;

import static it.onlinemart.security.Revocations.ADMIN_READS;
import static it.onlinemart.security.Revocations.CUSTOMER_READS;
import static it.onlinemart.security.Revocations.assertRevoked;
import static it.onlinemart.security.Revocations.awaitRefusedEverywhere;
import static it.onlinemart.security.Revocations.changePassword;

import it.onlinemart.Service;
import it.onlinemart.user.Accounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * A changed password or a deleted account revokes the tokens issued before it on every service within seconds
 * (issue 13), while a token from the next login works at once.
 */
@MicroShedTest
class TokenRevocationIT {

    @Test
    void aChangedPasswordRevokesEarlierTokensEverywhereAndTheNextLoginWorksAtOnce() {
        Accounts.Account ann = Accounts.newUser();
        CUSTOMER_READS.forEach(endpoint -> endpoint.callWith(ann.token()).statusCode(200));
        String newPassword = "Pw-new-" + UUID.randomUUID();

        changePassword(ann.token(), newPassword);
        // most likely within the second of the change: the new token must not fall under the revocation
        String fresh = Accounts.tokenFor(ann.email(), newPassword);

        // the user service records the revocation in the change's own transaction
        assertRevoked(Service.USER.request(ann.token()).get("/me"));
        awaitRefusedEverywhere(ann.token(), CUSTOMER_READS);
        CUSTOMER_READS.forEach(endpoint -> endpoint.callWith(fresh).statusCode(200));
    }

    @Test
    void aDeletedAdminsTokenIsRefusedByEveryService() {
        Accounts.Account admin = Accounts.newAdmin("revoked-admin");
        long adminId = admin.userId();
        String token = admin.token();
        ADMIN_READS.forEach(endpoint -> endpoint.callWith(token).statusCode(200));

        Service.USER
                .request(Accounts.adminToken())
                .queryParam("user_id_to_delete", adminId)
                .delete("/delete_user")
                .then()
                .statusCode(204);

        awaitRefusedEverywhere(token, ADMIN_READS);
    }

    @Test
    void aRevokedCustomerTokenIs401EvenWhereItsRoleWouldBe403() {
        Accounts.Account bob = Accounts.newUser();
        ADMIN_READS.forEach(endpoint -> endpoint.callWith(bob.token()).statusCode(403));

        changePassword(bob.token(), "Pw-new-" + UUID.randomUUID());

        awaitRefusedEverywhere(bob.token(), ADMIN_READS);
    }
}
