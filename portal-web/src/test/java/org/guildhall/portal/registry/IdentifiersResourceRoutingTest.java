package org.guildhall.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.guildhall.portal.registry.JaxRsRoutes.NoRoute;
import org.guildhall.portal.registry.JaxRsRoutes.Route;
import org.guildhall.registry.identifier.entity.Handle;
import org.guildhall.registry.identifier.entity.IdentifierException;
import org.junit.jupiter.api.Test;

/** The handle path parameter takes slashes, yet the history and the withdrawal keep their own paths. */
class IdentifiersResourceRoutingTest {

    private static Route route(String method, String path) {
        return JaxRsRoutes.route(IdentifiersResource.class, method, path);
    }

    @Test
    void theHistoryOfAHandleWithSlashesIsNotTakenForAHandle() {
        Route route = route("GET", "cnbj/products/4711/versions");

        assertThat(route.method().getName()).isEqualTo("versions");
        assertThat(route.firstParameter()).isEqualTo("cnbj/products/4711");
    }

    @Test
    void aHandleWithSlashesResolves() {
        Route route = route("GET", "cnbj/products/4711");

        assertThat(route.method().getName()).isEqualTo("get");
        assertThat(route.firstParameter()).isEqualTo("cnbj/products/4711");
    }

    @Test
    void aHandleWithVersionsInsideItResolves() {
        Route route = route("GET", "cnbj/versions/4711");

        assertThat(route.method().getName()).isEqualTo("get");
        assertThat(route.firstParameter()).isEqualTo("cnbj/versions/4711");
    }

    @Test
    void updatesAndWithdrawalsReachTheirMethodsWithTheWholeHandle() {
        assertThat(route("PUT", "cnbj/products/4711").method().getName()).isEqualTo("update");
        Route withdrawal = route("POST", "cnbj/products/4711/withdrawal");

        assertThat(withdrawal.method().getName()).isEqualTo("withdraw");
        assertThat(withdrawal.firstParameter()).isEqualTo("cnbj/products/4711");
    }

    @Test
    void theCollectionRegistersAndLists() {
        assertThat(route("POST", "").method().getName()).isEqualTo("register");
        assertThat(route("GET", "").method().getName()).isEqualTo("list");
    }

    @Test
    void handlesEndingInAReservedSegmentWouldBeUnreadableSoTheSyntaxRefusesThem() {
        // what the container would do with them: the longer literal path wins, and it has no GET or PUT
        assertThatThrownBy(() -> route("GET", "cnbj/a/withdrawal"))
                .isInstanceOfSatisfying(NoRoute.class, e -> assertThat(e.status).isEqualTo(405));
        assertThat(route("GET", "cnbj/a/versions").method().getName()).isEqualTo("versions");

        assertThatThrownBy(() -> Handle.parse("cnbj/a/withdrawal")).isInstanceOf(IdentifierException.class);
        assertThatThrownBy(() -> Handle.parse("cnbj/a/versions")).isInstanceOf(IdentifierException.class);
    }
}
