/**
 * Node onboarding: node applications, automated checks, review, X.509 certification by the
 * federation CA and the node directory. Empty in the foundation; the node onboarding issue fills it.
 */
package org.guildhall.onboarding;
