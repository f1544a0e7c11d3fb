/** What the application services of every area share: the not-found refusal that interfaces answer with 404. */
package no.ipt.application.shared;
