/**
 * The admin API for models ({@code /api/models}): deploy a checked BPMN or DMN model, the process
 * library with versions, XML and diffs, migration of running cases between versions; and operations
 * ({@code /api/operations}): incidents, timers and a case's variables.
 */
package no.ipt.web.api.models;
