package org.guildhall.registry.did.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.guildhall.registry.did.control.DidChangeNotices;
import org.guildhall.registry.did.control.ResolutionCache;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on one database connection for the DID changes every instance announces
 * ({@link DidChangeNotices}) and evicts them from this instance's resolution cache. While the connection
 * is down the cache falls back to its short trust period and the listener reconnects every few seconds.
 */
@Singleton
@Startup
public class DidChangeListener {

    private static final Logger LOG = Logger.getLogger(DidChangeListener.class.getName());

    @Resource(lookup = "java:app/jdbc/guildhall")
    DataSource dataSource;
    @Resource
    ManagedExecutorService executor;
    @Inject
    ResolutionCache cache;

    private volatile boolean running = true;
    private Future<?> loop;

    @PostConstruct
    void start() {
        loop = executor.submit(this::listen);
    }

    @PreDestroy
    void stop() {
        running = false;
        if (loop != null) {
            loop.cancel(true);
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + DidChangeNotices.CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                cache.notified(true);
                LOG.fine("Listening for DID changes");
                while (running) {
                    PGNotification[] notices = postgres.getNotifications(1000);
                    if (notices != null) {
                        for (PGNotification notice : notices) {
                            cache.evict(notice.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                cache.notified(false);
                if (running) {
                    LOG.log(Level.WARNING, "Not hearing other instances' DID changes ({0}); the resolver cache trusts"
                            + " entries for its short period until the listener reconnects", e.getMessage());
                    pause();
                }
            }
        }
        cache.notified(false);
    }

    private void pause() {
        try {
            Thread.sleep(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
