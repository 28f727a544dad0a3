/**
 * The REST API under {@code /api/v1}: the application, RFC 9457 problem responses with stable type
 * URIs, and the exception mappers that turn each context's exceptions into them. Resources live
 * beside the views of their context ({@code org.guildhall.portal.<context>}).
 */
package org.guildhall.portal.api;
