/**
 * The contract between a user task's form key and the code that validates its input and applies it
 * to the case. Each stage package provides the forms of its own tasks.
 */
package no.ipt.workflow.forms;
