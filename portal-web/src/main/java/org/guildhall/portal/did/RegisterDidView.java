package org.guildhall.portal.did;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.guildhall.portal.shell.CurrentUser;
import org.guildhall.registry.domain.boundary.Domains;
import org.guildhall.registry.domain.entity.Domain;
import org.guildhall.registry.domain.entity.DomainStatus;
import org.guildhall.registry.membership.entity.Organisation;

/**
 * The registration wizard for registrars. The page only lists the domains the user may register
 * under; the key is made and kept in the browser (WebCrypto), which talks to the DIF Registrar binding
 * itself ({@code /1.0/create}), so the server never sees it.
 */
@Named
@ViewScoped
public class RegisterDidView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A domain the user may register under, with what is left of its quota. */
    public static final class Choice implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String label;

        Choice(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }
    }

    @Inject
    transient Domains domains;
    @Inject
    transient CurrentUser user;

    private List<Choice> choices = List.of();

    @PostConstruct
    void load() {
        var organisation = user.organisation().map(Organisation::getId).orElse(null);
        choices = domains.all().stream()
                .filter(d -> d.getStatus() == DomainStatus.ACTIVE && Objects.equals(d.getGovernedBy(), organisation))
                .map(d -> new Choice(d.getCode(), d.getCode() + " · " + d.getNameEn() + " / " + d.getNameZh()
                        + " (" + d.free() + ")"))
                .toList();
    }

    public List<Choice> getChoices() {
        return choices;
    }
}
