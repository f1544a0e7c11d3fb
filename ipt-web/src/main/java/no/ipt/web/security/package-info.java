/**
 * Login with Jakarta Security: one HTTP authentication mechanism that takes HTTP Basic credentials on
 * every request (API clients) and a login form with a session (browsers), over an identity store on
 * IPT's own user accounts with PBKDF2-hashed passwords; plus the security headers every response gets.
 */
package no.ipt.web.security;
