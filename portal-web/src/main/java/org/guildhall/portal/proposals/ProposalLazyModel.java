package org.guildhall.portal.proposals;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.guildhall.proposals.proposal.entity.Proposal;
import org.guildhall.proposals.proposal.entity.ProposalFilter;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Proposals page by page for a lazy {@code p:dataTable}: each page is counted and loaded through the
 * boundary with the filter the page shows at that moment. The order is the boundary's (newest first).
 */
public class ProposalLazyModel extends LazyDataModel<Proposal> {

    private static final long serialVersionUID = 1L;

    /** Where the rows come from: the page's filter and the boundary behind it. */
    public interface Source extends Serializable {

        ProposalFilter filter();

        List<Proposal> search(ProposalFilter filter, int first, int max);

        long count(ProposalFilter filter);
    }

    private final Source source;
    private transient List<Proposal> page = List.of();

    public ProposalLazyModel(Source source) {
        this.source = Objects.requireNonNull(source);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, source.count(source.filter()));
    }

    @Override
    public List<Proposal> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        page = source.search(source.filter(), first, pageSize);
        return page;
    }

    @Override
    public String getRowKey(Proposal proposal) {
        return proposal.getId().toString();
    }

    @Override
    public Proposal getRowData(String rowKey) {
        return page == null ? null
                : page.stream().filter(p -> p.getId().toString().equals(rowKey)).findFirst().orElse(null);
    }
}
