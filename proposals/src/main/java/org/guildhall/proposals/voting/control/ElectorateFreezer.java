package org.guildhall.proposals.voting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.guildhall.proposals.tally.entity.Chamber;
import org.guildhall.proposals.tally.entity.Elector;
import org.guildhall.proposals.tally.entity.ElectorateSnapshot;
import org.guildhall.proposals.track.entity.TrackSettings;
import org.guildhall.proposals.track.entity.Weighting;
import org.guildhall.registry.accounts.boundary.Accounts;
import org.guildhall.registry.accounts.entity.Role;
import org.guildhall.registry.membership.boundary.Memberships;
import org.guildhall.registry.membership.entity.Organisation;

/**
 * Takes the electorate of a track as membership stands now: member organisations (by id, weighted
 * one each or by their voting weight) and community members (by user name, one each).
 */
@ApplicationScoped
public class ElectorateFreezer {

    @Inject
    Memberships memberships;
    @Inject
    Accounts accounts;

    public ElectorateSnapshot freeze(TrackSettings settings) {
        Set<Chamber> chambers = switch (settings.electorate()) {
            case ORGANISATIONS -> EnumSet.of(Chamber.ORGANISATIONS);
            case COMMUNITY -> EnumSet.of(Chamber.COMMUNITY);
            case BOTH -> EnumSet.allOf(Chamber.class);
        };
        List<Elector> electors = new ArrayList<>();
        if (chambers.contains(Chamber.ORGANISATIONS)) {
            for (Organisation organisation : memberships.members()) {
                long weight = settings.weighting() == Weighting.ORGANISATION_WEIGHT ? organisation.getVotingWeight() : 1;
                electors.add(new Elector(organisation.getId().toString(), weight, Chamber.ORGANISATIONS));
            }
        }
        if (chambers.contains(Chamber.COMMUNITY)) {
            for (String username : accounts.usernamesWithRole(Role.COMMUNITY)) {
                electors.add(new Elector(username, 1, Chamber.COMMUNITY));
            }
        }
        return ElectorateSnapshot.of(chambers, electors);
    }
}
