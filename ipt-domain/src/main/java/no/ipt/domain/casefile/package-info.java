/**
 * A case's file (saksmappe): the documents uploaded to a procurement case (contracts, tender
 * documents, a farm's approval documents, minutes) with their checksum, and the comments officers
 * and the steering group write on the case. The case itself lives in {@code no.ipt.domain.procurement};
 * documents and comments refer to it by case number and carry its municipality for tenant checks.
 */
package no.ipt.domain.casefile;
