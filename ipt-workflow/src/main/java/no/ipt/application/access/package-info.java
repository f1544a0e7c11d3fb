/**
 * Who is calling and what they may do: the {@link no.ipt.application.access.Caller} every application
 * service takes, built from the logged-in user's account, and the checks that turn the role matrix
 * (docs/roles.md) into code.
 */
package no.ipt.application.access;
