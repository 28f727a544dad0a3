/**
 * The public decision ledger in the portal: decisions of the proposals context joined with their
 * on-chain records from the chain bridge, as a page and as {@code /api/v1/decisions} and
 * {@code /api/v1/chain}. Reads only.
 */
package org.guildhall.portal.ledger;
