package org.guildhall.portal.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the pages: the browser's preference until the user switches. */
@Named("language")
@SessionScoped
public class LanguageView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            locale = requested != null && "zh".equals(requested.getLanguage()) ? CHINESE : Locale.ENGLISH;
        }
        return locale;
    }

    public boolean isChinese() {
        return "zh".equals(getLocale().getLanguage());
    }

    public void toggle() {
        locale = isChinese() ? Locale.ENGLISH : CHINESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    public String getLanguageTag() {
        return getLocale().toLanguageTag();
    }
}
