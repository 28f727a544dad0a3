package org.guildhall.registry.domain.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A regional domain. Its quota counts the identifiers registered directly under it ({@code used}) and
 * the quota delegated to its children ({@code allocated}); together they never exceed {@code quota}.
 */
@Entity
@Table(name = "domain", schema = "registry")
@NamedQuery(name = "Domain.findAll", query = "select d from Domain d order by d.code")
@NamedQuery(name = "Domain.findChildren", query = "select d from Domain d where d.parentCode = :parent order by d.code")
public class Domain {

    /** The federation root's code. */
    public static final String ROOT = "root";
    private static final Pattern CODE = Pattern.compile("[a-z0-9]{4}");
    public static final long MAX_QUOTA = 1_000_000_000_000L;

    @Id
    private String code;
    @Column(name = "parent_code")
    private String parentCode;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "name_zh")
    private String nameZh;
    @Column(name = "governed_by")
    private UUID governedBy;
    @Enumerated(EnumType.STRING)
    private DomainStatus status;
    private long quota;
    private long used;
    private long allocated;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Version
    private long version;

    protected Domain() {
    }

    private Domain(String code, String parentCode, String nameEn, String nameZh, UUID governedBy, long quota, Instant at) {
        this.code = requireCode(code);
        this.parentCode = parentCode;
        this.nameEn = requireName(nameEn, "English");
        this.nameZh = requireName(nameZh, "Chinese");
        this.governedBy = Objects.requireNonNull(governedBy, "governedBy");
        this.quota = requireQuota(quota);
        this.status = DomainStatus.ACTIVE;
        this.createdAt = at;
        this.changedAt = at;
    }

    /** The federation root: the one domain without a parent. */
    public static Domain root(String nameEn, String nameZh, UUID governedBy, long quota, Instant at) {
        return new Domain(ROOT, null, nameEn, nameZh, governedBy, quota, at);
    }

    /** Delegates a child: its quota comes out of this domain's free quota. */
    public Domain delegate(String childCode, String childNameEn, String childNameZh, UUID childGovernedBy,
                           long childQuota, Instant at) {
        requireActive();
        requireQuota(childQuota);
        if (childQuota > free()) {
            throw new DomainException(DomainException.Reason.CONFLICT, "quota-exceeded", "Domain " + code + " has "
                    + free() + " identifiers of quota left; " + childQuota + " cannot be delegated.");
        }
        Domain child = new Domain(childCode, code, childNameEn, childNameZh, childGovernedBy, childQuota, at);
        allocated += childQuota;
        changedAt = at;
        return child;
    }

    /** Takes one identifier of the quota; refused when the domain is not active or the quota is used up. */
    public void consumeOne(Instant at) {
        requireActive();
        if (free() < 1) {
            throw new DomainException(DomainException.Reason.CONFLICT, "quota-exhausted", "The quota of domain " + code
                    + " (" + quota + " identifiers) is used up; a new quota needs a domain delegation proposal.");
        }
        used++;
        changedAt = at;
    }

    public void regovern(UUID organisation, Instant at) {
        requireNotRetired();
        this.governedBy = Objects.requireNonNull(organisation);
        changedAt = at;
    }

    public void suspend(Instant at) {
        requireActive();
        status = DomainStatus.SUSPENDED;
        changedAt = at;
    }

    public void reactivate(Instant at) {
        if (status != DomainStatus.SUSPENDED) {
            throw new DomainException(DomainException.Reason.CONFLICT, "domain-not-suspended",
                    "Domain " + code + " is " + status.name().toLowerCase() + ", not suspended.");
        }
        status = DomainStatus.ACTIVE;
        changedAt = at;
    }

    public void retire(Instant at) {
        requireNotRetired();
        if (code.equals(ROOT)) {
            throw new DomainException(DomainException.Reason.CONFLICT, "root-domain", "The root domain cannot be retired.");
        }
        status = DomainStatus.RETIRED;
        changedAt = at;
    }

    /**
     * Sets a new quota; it must cover what is used and delegated. The parent's allocation changes by
     * the difference, which the caller applies with {@link #reallocate(long, Instant)} on the parent.
     */
    public long requota(long newQuota, Instant at) {
        requireQuotaCovers(newQuota);
        long difference = newQuota - quota;
        quota = newQuota;
        changedAt = at;
        return difference;
    }

    /** Refuses a new quota that is invalid or smaller than what is registered and delegated. */
    public void requireQuotaCovers(long newQuota) {
        requireNotRetired();
        requireQuota(newQuota);
        if (newQuota < used + allocated) {
            throw new DomainException(DomainException.Reason.CONFLICT, "quota-below-usage", "Domain " + code + " uses "
                    + (used + allocated) + " identifiers (registered and delegated); its quota cannot be " + newQuota + ".");
        }
    }

    /** A child's quota changed by {@code difference}: take it from (or return it to) the free quota. */
    public void reallocate(long difference, Instant at) {
        if (difference > free()) {
            throw new DomainException(DomainException.Reason.CONFLICT, "quota-exceeded", "Domain " + code + " has "
                    + free() + " identifiers of quota left; " + difference + " more cannot be delegated.");
        }
        allocated += difference;
        changedAt = at;
    }

    public long free() {
        return quota - used - allocated;
    }

    public boolean isRoot() {
        return parentCode == null;
    }

    private void requireActive() {
        if (status != DomainStatus.ACTIVE) {
            throw new DomainException(DomainException.Reason.CONFLICT, "domain-not-active",
                    "Domain " + code + " is " + status.name().toLowerCase() + " and takes no registrations or delegations.");
        }
    }

    private void requireNotRetired() {
        if (status == DomainStatus.RETIRED) {
            throw new DomainException(DomainException.Reason.CONFLICT, "domain-retired", "Domain " + code + " is retired.");
        }
    }

    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    private static String requireCode(String code) {
        if (!isCode(code)) {
            throw new DomainException(DomainException.Reason.INVALID, "invalid-domain",
                    "A domain code is four lowercase letters or digits, not '" + code + "'.");
        }
        return code;
    }

    private static String requireName(String name, String language) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new DomainException(DomainException.Reason.INVALID, "invalid-domain",
                    "A domain needs a " + language + " name of at most 200 characters.");
        }
        return name.strip();
    }

    private static long requireQuota(long quota) {
        if (quota < 0 || quota > MAX_QUOTA) {
            throw new DomainException(DomainException.Reason.INVALID, "invalid-domain",
                    "A quota is between 0 and " + MAX_QUOTA + " identifiers.");
        }
        return quota;
    }

    public String getCode() { return code; }
    public String getParentCode() { return parentCode; }
    public String getNameEn() { return nameEn; }
    public String getNameZh() { return nameZh; }
    public UUID getGovernedBy() { return governedBy; }
    public DomainStatus getStatus() { return status; }
    public long getQuota() { return quota; }
    public long getUsed() { return used; }
    public long getAllocated() { return allocated; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getChangedAt() { return changedAt; }
}
