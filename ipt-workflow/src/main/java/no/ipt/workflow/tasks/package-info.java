/** Beans the models call about user tasks themselves, such as escalating an overdue task. */
package no.ipt.workflow.tasks;
