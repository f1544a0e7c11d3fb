/** A process engine for model tests, on the same embedded PostgreSQL as the rest of the tests. */
package no.ipt.workflow.testing;
