/**
 * The proposals context in the portal: proposals, votes, voting tracks, the standards catalogue and
 * result recounts, as pages and REST resources. Views call the proposals boundaries only.
 */
package org.guildhall.portal.proposals;
