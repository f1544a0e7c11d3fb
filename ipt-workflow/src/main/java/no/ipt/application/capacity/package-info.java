/**
 * Use cases on a municipality's service capacity and waiting list (counts only, never who): create
 * a service's capacity, change its places, people joining and leaving the waiting list, admissions
 * from it and released places, read with the dated history. Tenant-checked, audited in the same
 * transaction, and every change carries the capacity's version.
 */
package no.ipt.application.capacity;
