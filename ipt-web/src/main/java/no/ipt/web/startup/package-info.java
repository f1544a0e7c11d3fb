/**
 * Application start-up, in order: migrate the domain schema, start the process engine and deploy the
 * models, load demo data when asked to. Written as a CDI observer so it runs the same in the WAR on
 * Payara Micro and in the EAR on Payara Server.
 */
package no.ipt.web.startup;
