package org.guildhall.chainbridge.delivery.control;

import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/** Polls the outbox and moves each due entry one step, one entry at a time, in order. */
public class OutboxRoute extends RouteBuilder {

    private final OutboxDelivery delivery;

    public OutboxRoute(OutboxDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void configure() {
        from("timer:guildhall-outbox?period={{guildhall.chain.poll-interval-ms}}&delay=2000&fixedRate=false")
                .routeId("chainbridge.outbox")
                .routeConfigurationId("chainbridge.errors")
                .bean(delivery, "due")
                .split(body())
                    .setHeader("outboxEntry", body())
                    .bean(delivery, "deliver")
                .end();
    }

    /** The entry whose delivery failed, for the error handler. */
    static UUID entryOf(Exchange exchange) {
        return exchange.getMessage().getHeader("outboxEntry", UUID.class);
    }
}
