/** Helpers for tests that drive the deployed application over HTTP. */
package no.ipt.web.testing;
