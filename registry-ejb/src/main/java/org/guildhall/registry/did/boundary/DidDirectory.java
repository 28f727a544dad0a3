package org.guildhall.registry.did.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.guildhall.registry.did.entity.DidRecord;
import org.guildhall.registry.did.entity.DidStatus;

/** The registered DIDs, newest first, by domain and status: public, like resolution. */
@Stateless
public class DidDirectory {

    public static final int MAX_PAGE = 200;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @PermitAll
    public List<DidRecord> page(String domain, DidStatus status, int offset, int limit) {
        TypedQuery<DidRecord> query = em.createQuery("select d from DidRecord d" + where(domain, status)
                + " order by d.createdAt desc, d.did", DidRecord.class);
        bind(query, domain, status);
        return query.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(MAX_PAGE, limit)))
                .getResultList();
    }

    @PermitAll
    public long count(String domain, DidStatus status) {
        TypedQuery<Long> query = em.createQuery("select count(d) from DidRecord d" + where(domain, status), Long.class);
        bind(query, domain, status);
        return query.getSingleResult();
    }

    private static String where(String domain, DidStatus status) {
        if (domain == null && status == null) {
            return "";
        }
        return " where " + (domain != null ? "d.domainCode = :domain" : "") + (domain != null && status != null ? " and " : "")
                + (status != null ? "d.status = :status" : "");
    }

    private static void bind(TypedQuery<?> query, String domain, DidStatus status) {
        if (domain != null) {
            query.setParameter("domain", domain);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
    }
}
