/**
 * JPA (EclipseLink) implementations of the domain repositories, and the Flyway migrations that own
 * the {@code ipt} schema, and the loader that stores the demo reference data. Nothing outside this
 * package knows about SQL.
 */
package no.ipt.infrastructure.persistence;
