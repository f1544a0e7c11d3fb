package no.ipt.infrastructure.persistence;

/** The configured database cannot be reached; the message is one line that names the URL. */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String url, String reason) {
        super("IPT cannot reach its PostgreSQL database at " + url + ": " + reason.replaceAll("\\s+", " ").strip());
    }
}
