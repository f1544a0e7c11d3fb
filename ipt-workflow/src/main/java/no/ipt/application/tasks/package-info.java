/**
 * Application services for user tasks: listing, claiming and completing the tasks of the lifecycle
 * processes. Completing a task applies its form to the case and the engine in one transaction.
 */
package no.ipt.application.tasks;
