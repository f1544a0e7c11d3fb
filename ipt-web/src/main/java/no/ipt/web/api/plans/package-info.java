/** REST resource and request bodies for project plans: organisation, risks, budget and financing, spend. */
package no.ipt.web.api.plans;
