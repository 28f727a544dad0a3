package org.guildhall.registry.domain.entity;

import java.util.UUID;

/**
 * What a domain delegation proposal asks for, as its {@code action} JSON states it:
 * {@code {"operation":"delegate","domain":"gba1","parent":"root","governedBy":"<organisation id>",
 * "quota":100000,"nameEn":"…","nameZh":"…"}}; {@code operation} is one of {@code delegate} (the default),
 * {@code regovern} (with {@code governedBy}), {@code suspend}, {@code reactivate}, {@code retire} and
 * {@code quota} (with {@code quota}).
 */
public record DomainAction(Operation operation, String domain, String parent, UUID governedBy, Long quota,
                           String nameEn, String nameZh) {

    public enum Operation { DELEGATE, REGOVERN, SUSPEND, REACTIVATE, RETIRE, QUOTA }
}
