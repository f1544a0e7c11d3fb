package no.ipt.domain.access;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a role by its group name, the word the identity store hands the container. */
@Converter
public class RoleGroupConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.group();
    }

    @Override
    public Role convertToEntityAttribute(String group) {
        return group == null ? null : Role.ofGroup(group)
                .orElseThrow(() -> new IllegalStateException("Unknown role group in the database: " + group));
    }
}
