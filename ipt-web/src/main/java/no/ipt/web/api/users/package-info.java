/**
 * REST resource and DTOs for admins' user management ({@code /api/users}): list, create, change roles
 * and affiliation, disable and enable, reset passwords. Passwords go in, never out.
 */
package no.ipt.web.api.users;
