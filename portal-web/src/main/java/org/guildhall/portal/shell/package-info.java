/**
 * The frame around every page: sign-in and sign-out, the language switch, the signed-in user, the
 * dashboard, and the one JSF exception handler that turns domain exceptions into page messages.
 */
package org.guildhall.portal.shell;
