/**
 * Test support shared by every module (published as this module's test-jar): one embedded
 * PostgreSQL per test JVM, so that every test runs against the database the product runs on.
 */
package no.ipt.testsupport;
