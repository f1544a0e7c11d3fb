/**
 * Use cases on project plans (prosjektplan): create a plan for a case or a pilot, add goals,
 * phases, steering-group members and risks with measures, replace the budget and financing plan
 * together (refused unless balanced), record spend and read budget against spend. Every read and
 * write is tenant-checked ({@link no.ipt.application.plans.VisiblePlans}), every change is audited
 * in its transaction and carries the plan's version.
 */
package no.ipt.application.plans;
