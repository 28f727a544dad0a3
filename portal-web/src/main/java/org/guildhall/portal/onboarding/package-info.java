/**
 * Node onboarding in the portal: the REST API for node applications, reviews, the node directory, the
 * federation CA, and the pages of the wizard, "my nodes", the review queue and the public directory.
 * Everything here calls the onboarding boundaries; nothing decides or stores on its own.
 */
package org.guildhall.portal.onboarding;
