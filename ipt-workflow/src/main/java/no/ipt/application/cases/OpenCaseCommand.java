package no.ipt.application.cases;

/** The input for opening a procurement case, as the officer gives it. */
public record OpenCaseCommand(String title, String municipalityNumber, String serviceArea) {
}
