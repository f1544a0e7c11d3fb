/** MicroProfile Health readiness checks for the database and the process engine ({@code /health/ready}). */
package no.ipt.web.health;
