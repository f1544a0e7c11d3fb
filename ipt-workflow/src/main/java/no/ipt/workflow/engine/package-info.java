/**
 * The embedded Camunda 7 process engine: built by the application itself on the container's JTA
 * transaction manager and PostgreSQL DataSource, so that engine commands and JPA writes share one
 * transaction; its job executor runs on the container's managed threads.
 */
package no.ipt.workflow.engine;
