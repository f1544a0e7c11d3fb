package no.ipt.domain.farm;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;
import no.ipt.domain.shared.DomainRuleViolation;
import no.ipt.domain.shared.Require;

/**
 * How a buyer reaches the provider: e-mail, phone and website, as the approval scheme registers
 * them. Each part is optional, but a contact with none of them is no contact at all.
 */
@Embeddable
public class Contact implements Serializable {

    public static final int MAX_LENGTH = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ]{8,15}");

    @Email
    @Size(max = MAX_LENGTH)
    @Column(name = "email", length = MAX_LENGTH)
    private String email;

    @Size(max = 20)
    @Column(name = "phone", length = 20)
    private String phone;

    @Size(max = MAX_LENGTH)
    @Column(name = "website", length = MAX_LENGTH)
    private String website;

    protected Contact() {
        // for JPA
    }

    public Contact(String email, String phone, String website) {
        this.email = Require.optionalText(email, "email", MAX_LENGTH);
        this.phone = Require.optionalText(phone, "phone", 20);
        this.website = Require.optionalText(website, "website", MAX_LENGTH);
        if (this.email != null && !EMAIL.matcher(this.email).matches()) {
            throw new DomainRuleViolation("invalid-email", "email", "Not an e-mail address: '" + email + "'");
        }
        if (this.phone != null && !PHONE.matcher(this.phone).matches()) {
            throw new DomainRuleViolation("invalid-phone", "phone",
                    "A phone number has 8 to 15 digits, optionally with a leading + (got '" + phone + "')");
        }
        if (this.email == null && this.phone == null && this.website == null) {
            throw new DomainRuleViolation("missing-contact", "contact", "Give an e-mail address, a phone number or a website");
        }
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String website() {
        return website;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Contact other && Objects.equals(email, other.email)
                && Objects.equals(phone, other.phone) && Objects.equals(website, other.website);
    }

    @Override
    public int hashCode() {
        return Objects.hash(email, phone, website);
    }
}
