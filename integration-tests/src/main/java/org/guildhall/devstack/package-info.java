/**
 * The dev stack: what {@code ./guildhall run} and {@code ./guildhall test} start when nothing is
 * configured. An embedded PostgreSQL (real binaries) whose data stays under the data directory, a
 * Hardhat dev chain, a SoftHSM2 token holding the federation's secp256k1 transaction key, and
 * Payara Micro with the portal WAR. Whatever is configured through the environment
 * ({@code GUILDHALL_DB_URL}, {@code GUILDHALL_CHAIN_RPC_URL}, {@code GUILDHALL_HSM_LIBRARY}) is used
 * instead of the embedded part. Not part of the portal: nothing here is deployed.
 */
package org.guildhall.devstack;
