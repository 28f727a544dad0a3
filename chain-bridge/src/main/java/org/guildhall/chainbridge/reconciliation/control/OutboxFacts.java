package org.guildhall.chainbridge.reconciliation.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guildhall.chainbridge.reconciliation.entity.ExpectedWrite;

/** The outbox and the contracts' addresses as stored, over plain JDBC (the portal and the command line alike). */
public final class OutboxFacts {

    private OutboxFacts() {
    }

    public static List<ExpectedWrite> read(Connection c) throws SQLException {
        List<ExpectedWrite> writes = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("select kind, reference, contract, call_data, status"
                + " from chainbridge.outbox_entry order by created_at");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                writes.add(ExpectedWrite.of(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        "CONFIRMED".equals(rows.getString(5))));
            }
        }
        return writes;
    }

    /** Where the bridge deployed each contract on chain {@code chainId}. */
    public static Map<String, String> deployedAddresses(Connection c, long chainId) throws SQLException {
        Map<String, String> addresses = new LinkedHashMap<>();
        try (PreparedStatement query = c.prepareStatement("select name, address from chainbridge.contract_deployment"
                + " where chain_id = ? order by name")) {
            query.setLong(1, chainId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    addresses.put(rows.getString(1), rows.getString(2).trim());
                }
            }
        }
        return addresses;
    }
}
