/**
 * The run command's launcher (not part of the WAR): starts an embedded PostgreSQL 17 whose data
 * survives restarts, unless {@code IPT_DB_URL} names an external server, then runs the WAR on
 * Payara Micro as a child process and stops both together.
 */
package no.ipt.launcher;
