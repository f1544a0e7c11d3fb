/**
 * A municipality's capacity in one IPT service, e.g. Steinkjer's day activity places for people
 * with dementia: places available, places in use and the waiting list, as counts only, with a
 * dated history of every change. It shows whether more places should be called off or tendered.
 */
package no.ipt.domain.capacity;
