/**
 * Camunda's own REST API ({@code camunda-engine-rest}) mounted at {@code /engine-rest} inside the WAR,
 * for the desktop Camunda Modeler's "Deploy" dialog and external task workers: platform admins only,
 * and every request runs with the caller's engine authentication (user operation log, tenant check).
 */
package no.ipt.web.enginerest;
