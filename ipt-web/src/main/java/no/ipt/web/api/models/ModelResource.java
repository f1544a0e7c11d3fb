package no.ipt.web.api.models;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import no.ipt.application.modeling.DeploymentResult;
import no.ipt.application.modeling.MigrationPreview;
import no.ipt.application.modeling.MigrationResult;
import no.ipt.application.modeling.MigrationService;
import no.ipt.application.modeling.ModelDeploymentService;
import no.ipt.application.modeling.ModelDiff;
import no.ipt.application.modeling.ModelLibraryEntry;
import no.ipt.application.modeling.ModelLibraryService;
import no.ipt.web.security.CurrentCaller;

/**
 * {@code /api/models} (platform admins):
 * <ul>
 *   <li>{@code POST /api/models/{fileName}} with the model's XML as body: checked, then deployed
 *       (201 with the new versions; 200 when it equals the last deployment of that file); a refused
 *       model answers 400 with one error per element and stores nothing; {@code POST /api/models/{id}.form}
 *       with a form-js schema (JSON, sent as text/plain or octet-stream) deploys an admin form the same way (form key {@code ipt-form:<id>});</li>
 *   <li>{@code GET /api/models}: the library; {@code GET /api/models/definitions/{id}/xml} and
 *       {@code .../diff}: a version's XML and what changed against the version before;</li>
 *   <li>{@code POST /api/models/migrations/preview} and {@code .../execute}
 *       {@code {"sourceDefinitionId", "targetDefinitionId", "instructions": [{"sourceActivityId",
 *       "targetActivityId"}], "processInstanceIds": []}}: what a migration would move, and the
 *       migration (all or nothing; a plan Camunda refuses answers 400 with its reasons).</li>
 * </ul>
 */
@Path("models")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ModelResource {

    @Inject
    ModelDeploymentService deployments;

    @Inject
    ModelLibraryService library;

    @Inject
    MigrationService migrations;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("{fileName}")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    public Response deploy(@PathParam("fileName") String fileName, byte[] model) {
        DeploymentResult result = deployments.deploy(caller.get(), fileName, model);
        return Response.status(result.changed() ? Response.Status.CREATED : Response.Status.OK).entity(result).build();
    }

    @POST
    @Path("migrations/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public MigrationPreview previewMigration(@NotNull @Valid MigrationRequestBody body) {
        return migrations.preview(caller.get(), body.toRequest());
    }

    @POST
    @Path("migrations/execute")
    @Consumes(MediaType.APPLICATION_JSON)
    public MigrationResult migrate(@NotNull @Valid MigrationRequestBody body) {
        return migrations.execute(caller.get(), body.toRequest());
    }

    @GET
    public List<ModelLibraryEntry> list() {
        return library.list(caller.get());
    }

    @GET
    @Path("definitions/{id}/xml")
    @Produces(MediaType.APPLICATION_XML)
    public String xml(@PathParam("id") String definitionId) {
        return library.xml(caller.get(), definitionId);
    }

    @GET
    @Path("definitions/{id}/diff")
    public ModelDiff.Summary diff(@PathParam("id") String definitionId) {
        return library.diff(caller.get(), definitionId);
    }
}
