package org.guildhall.chainbridge.delivery.control;

import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/** Polls the outbox and moves each due entry one step, one entry at a time, in order. */
public class OutboxRoute extends RouteBuilder {

    public static final String ID = "chainbridge.outbox";

    private final OutboxDelivery delivery;

    private final boolean autoStartup;

    /** A route that starts with its context (tests). */
    public OutboxRoute(OutboxDelivery delivery) {
        this(delivery, true);
    }

    /** @param autoStartup false where the route waits to be started (by the bridge's leader) */
    public OutboxRoute(OutboxDelivery delivery, boolean autoStartup) {
        this.delivery = delivery;
        this.autoStartup = autoStartup;
    }

    @Override
    public void configure() {
        from("timer:guildhall-outbox?period={{guildhall.chain.poll-interval-ms}}&delay=2000&fixedRate=false")
                .routeId(ID)
                .autoStartup(autoStartup)
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
