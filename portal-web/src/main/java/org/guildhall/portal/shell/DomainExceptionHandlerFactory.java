package org.guildhall.portal.shell;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link DomainExceptionHandler}. */
public class DomainExceptionHandlerFactory extends ExceptionHandlerFactory {

    public DomainExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new DomainExceptionHandler(getWrapped().getExceptionHandler());
    }
}
