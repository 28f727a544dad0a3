package org.guildhall.chainbridge.delivery.control;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * The one error policy of the bridge's routes: a few quick redeliveries with exponential backoff
 * (a node restarting), then the entry's attempt is recorded as failed and it waits for its next
 * slot; after too many attempts it is parked as FAILED (the dead letters, shown to operators),
 * unless its transaction is already with the node (SUBMITTED), which is followed until it settles.
 */
public class BridgeErrorHandling extends RouteConfigurationBuilder {

    private final OutboxDelivery delivery;

    public BridgeErrorHandling(OutboxDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void configuration() {
        routeConfiguration("chainbridge.errors")
                .onException(Exception.class)
                    .maximumRedeliveries(2)
                    .redeliveryDelay(250)
                    .useExponentialBackOff()
                    .backOffMultiplier(2)
                    .retryAttemptedLogLevel(org.apache.camel.LoggingLevel.DEBUG)
                    .logExhausted(false)
                    .handled(true)
                    .process(this::recordFailure);
    }

    private void recordFailure(Exchange exchange) {
        delivery.attemptFailed(OutboxRoute.entryOf(exchange), exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class));
    }
}
