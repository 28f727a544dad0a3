package org.guildhall.chainbridge.outbox.control;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.guildhall.chainbridge.outbox.entity.OutboxEntry;
import org.guildhall.chainbridge.outbox.entity.OutboxStatus;

/**
 * The outbox without a database, for tests of what uses it. Like the JPA store, every call works
 * on its own copy of the row (a detached entity) and a change is stored whole or not at all. A
 * crash can be staged around the next change to a given status: before it is stored (the
 * transaction rolls back) or right after (it commits, then the process dies).
 */
public class InMemoryOutboxStore extends OutboxStore {

    /** Thrown where a staged crash stops the caller. */
    public static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash(String message) {
            super(message);
        }
    }

    private record StagedCrash(OutboxStatus status, boolean afterCommit) {
    }

    private static final Set<OutboxStatus> IN_FLIGHT = EnumSet.of(OutboxStatus.SIGNED, OutboxStatus.SUBMITTED);

    private final Map<UUID, OutboxEntry> rows = new LinkedHashMap<>();
    private final Map<UUID, List<OutboxStatus>> histories = new LinkedHashMap<>();
    private StagedCrash staged;

    public InMemoryOutboxStore(Clock clock) {
        this.clock = clock;
    }

    /** The next change that leaves an entry {@code status} is lost: it throws before it is stored. */
    public synchronized void crashBeforeStoring(OutboxStatus status) {
        staged = new StagedCrash(status, false);
    }

    /** The next change that leaves an entry {@code status} is stored, and then the caller dies. */
    public synchronized void crashAfterStoring(OutboxStatus status) {
        staged = new StagedCrash(status, true);
    }

    /** Overwrites a row's status behind the bridge's back, as an operator's SQL update would. */
    public synchronized void forceStatus(UUID id, OutboxStatus status) {
        OutboxEntry row = copy(rowOf(id));
        write(row, "status", status);
        store(row);
    }

    /** The statuses the stored entry went through, in order, starting with PENDING. */
    public synchronized List<OutboxStatus> history(UUID id) {
        return List.copyOf(histories.getOrDefault(id, List.of()));
    }

    @Override
    public synchronized OutboxEntry enqueue(String kind, UUID reference, String contract, String callData) {
        OutboxEntry entry = new OutboxEntry(kind, reference, contract, callData, Instant.now(clock));
        store(entry);
        return copy(entry);
    }

    @Override
    public synchronized List<UUID> due(int max) {
        Instant now = Instant.now(clock);
        List<OutboxEntry> due = rows.values().stream()
                .filter(e -> e.getStatus() == OutboxStatus.PENDING || IN_FLIGHT.contains(e.getStatus()))
                .filter(e -> !e.getNextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing((OutboxEntry e) -> !IN_FLIGHT.contains(e.getStatus()))
                        .thenComparing(OutboxEntry::getCreatedAt))
                .toList();
        return due.stream().limit(max).map(OutboxEntry::getId).toList();
    }

    @Override
    public synchronized Optional<OutboxEntry> find(UUID id) {
        return Optional.ofNullable(rows.get(id)).map(InMemoryOutboxStore::copy);
    }

    @Override
    public synchronized OutboxEntry change(UUID id, Consumer<OutboxEntry> change) {
        OutboxEntry changed = copy(rowOf(id));
        change.accept(changed);
        StagedCrash crash = staged != null && staged.status() == changed.getStatus() ? staged : null;
        if (crash != null) {
            staged = null;
            if (!crash.afterCommit()) {
                throw new SimulatedCrash("crashed before storing " + id + " as " + crash.status());
            }
        }
        store(changed);
        if (crash != null) {
            throw new SimulatedCrash("crashed after storing " + id + " as " + crash.status());
        }
        return copy(changed);
    }

    @Override
    public void attemptFailed(UUID id, String error) {
        change(id, e -> e.attemptFailed(error, Instant.now(clock)));
    }

    @Override
    public synchronized int replayAll() {
        Instant now = Instant.now(clock);
        List<UUID> ids = new ArrayList<>(rows.keySet());
        ids.forEach(id -> change(id, e -> e.replay(now)));
        return ids.size();
    }

    @Override
    public synchronized Optional<OutboxEntry> byKindAndReference(String kind, UUID reference) {
        return rows.values().stream().filter(e -> e.getKind().equals(kind) && e.getReference().equals(reference))
                .findFirst().map(InMemoryOutboxStore::copy);
    }

    @Override
    public synchronized List<OutboxEntry> byReferences(List<UUID> references) {
        return rows.values().stream().filter(e -> references.contains(e.getReference()))
                .map(InMemoryOutboxStore::copy).toList();
    }

    private OutboxEntry rowOf(UUID id) {
        OutboxEntry row = rows.get(id);
        if (row == null) {
            throw new IllegalArgumentException("No outbox entry " + id);
        }
        return row;
    }

    private void store(OutboxEntry row) {
        rows.put(row.getId(), row);
        List<OutboxStatus> history = histories.computeIfAbsent(row.getId(), k -> new ArrayList<>());
        if (history.isEmpty() || history.get(history.size() - 1) != row.getStatus()) {
            history.add(row.getStatus());
        }
    }

    /** A field-by-field copy, as loading the row again would give. */
    private static OutboxEntry copy(OutboxEntry entry) {
        try {
            Constructor<OutboxEntry> constructor = OutboxEntry.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            OutboxEntry copy = constructor.newInstance();
            for (Field field : OutboxEntry.class.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    field.set(copy, field.get(entry));
                }
            }
            return copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot copy an outbox entry", e);
        }
    }

    private static void write(OutboxEntry entry, String fieldName, Object value) {
        try {
            Field field = OutboxEntry.class.getDeclaredField(fieldName);
            field.setAccessible(true);
            field.set(entry, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot set " + fieldName + " of an outbox entry", e);
        }
    }
}
