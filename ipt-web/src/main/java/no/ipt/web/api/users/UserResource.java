package no.ipt.web.api.users;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import no.ipt.application.access.NewUser;
import no.ipt.application.access.UserAdministrationService;
import no.ipt.application.access.UserChange;
import no.ipt.web.security.CurrentCaller;

/** {@code /api/users}: admins manage user accounts (docs/roles.md). */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    UserAdministrationService users;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uriInfo;

    @GET
    public List<UserDto> list() {
        return users.list(caller.get()).stream().map(UserDto::of).toList();
    }

    @GET
    @Path("{username}")
    public UserDto find(@PathParam("username") String username) {
        return UserDto.of(users.find(caller.get(), username));
    }

    @POST
    public Response create(@NotNull @Valid CreateUserRequest r) {
        UserDto created = UserDto.of(users.create(caller.get(), new NewUser(r.username, r.displayName, r.password,
                r.roles, r.municipalityNumber, r.pilotName, r.farmOrganisationNumber)));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.username()).build())
                .entity(created).build();
    }

    @PUT
    @Path("{username}")
    public UserDto change(@PathParam("username") String username, @NotNull @Valid ChangeUserRequest r) {
        return UserDto.of(users.change(caller.get(), username, new UserChange(r.version, r.displayName, r.roles,
                r.municipalityNumber, r.pilotName, r.farmOrganisationNumber)));
    }

    @POST
    @Path("{username}/disable")
    public UserDto disable(@PathParam("username") String username, @NotNull @Valid VersionRequest r) {
        return UserDto.of(users.disable(caller.get(), username, r.version));
    }

    @POST
    @Path("{username}/enable")
    public UserDto enable(@PathParam("username") String username, @NotNull @Valid VersionRequest r) {
        return UserDto.of(users.enable(caller.get(), username, r.version));
    }

    @POST
    @Path("{username}/password")
    public UserDto resetPassword(@PathParam("username") String username, @NotNull @Valid PasswordResetRequest r) {
        return UserDto.of(users.resetPassword(caller.get(), username, r.version, r.password));
    }
}
