package org.guildhall.portal.did;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.guildhall.registry.did.boundary.DidDirectory;
import org.guildhall.registry.did.entity.DidRecord;
import org.guildhall.registry.did.entity.DidStatus;
import org.guildhall.registry.domain.boundary.Domains;
import org.guildhall.registry.domain.entity.Domain;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The DID browser: every registered DID, newest first, by domain and status, a page at a time. */
@Named
@ViewScoped
public class DidBrowserView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DidDirectory directory;
    @Inject
    transient Domains domains;

    private String domain;
    private DidStatus status;
    private List<String> domainCodes;
    private final LazyDataModel<DidRecord> model = new Page();

    @PostConstruct
    void load() {
        domainCodes = domains.all().stream().map(Domain::getCode).toList();
    }

    public LazyDataModel<DidRecord> getModel() {
        return model;
    }

    public List<String> getDomainCodes() {
        return domainCodes;
    }

    public DidStatus[] getStatuses() {
        return DidStatus.values();
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain == null || domain.isBlank() || !domainCodes.contains(domain) ? null : domain;
    }

    public DidStatus getStatus() {
        return status;
    }

    public void setStatus(DidStatus status) {
        this.status = status;
    }

    /** The rows of the page the table shows, with the filter chosen at that moment. */
    private final class Page extends LazyDataModel<DidRecord> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, directory.count(domain, status));
        }

        @Override
        public List<DidRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return directory.page(domain, status, first, pageSize);
        }

        @Override
        public String getRowKey(DidRecord record) {
            return record.getDid();
        }
    }
}
