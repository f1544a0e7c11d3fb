/**
 * The platform admins' pages (under {@code /admin/}, role {@code admin} in web.xml; the application
 * services admit platform admins only): the process library, a version's diagram and diff, the BPMN and
 * DMN modelers that deploy through the checked deployment, migration of running cases, and incidents.
 * Every state change is a Faces form POST (view state token) calling the same application services as
 * {@code /api/models} and {@code /api/operations}.
 */
package no.ipt.web.ui.admin;
