package org.guildhall.portal.proposals;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.guildhall.proposals.standard.boundary.Standards;
import org.guildhall.proposals.standard.entity.Standard;

/** The public page of the standards catalogue. */
@Named
@RequestScoped
public class StandardsView {

    @Inject
    Standards standards;

    private List<Standard> all;

    public List<Standard> getAll() {
        if (all == null) {
            all = standards.all();
        }
        return all;
    }
}
