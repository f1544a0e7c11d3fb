/**
 * Application services for procurement cases: thin transactional use cases that load the
 * aggregate, call its behaviour, start or signal the process, and store it, all in one JTA transaction.
 */
package no.ipt.application.cases;
