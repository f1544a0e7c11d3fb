/**
 * Application services for procurement cases: thin transactional use cases that load the
 * aggregate, call its behaviour, start or signal the process, and store it, all in one JTA transaction;
 * and the read side of a case's processes (what it waits for, its diagrams with active and completed
 * activities) for the interfaces, which do not query the engine themselves.
 */
package no.ipt.application.cases;
