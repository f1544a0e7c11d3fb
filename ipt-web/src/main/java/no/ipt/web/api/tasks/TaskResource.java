package no.ipt.web.api.tasks;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import no.ipt.application.tasks.TaskApplicationService;
import no.ipt.web.security.CurrentCaller;

@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaskResource {

    @Inject
    TaskApplicationService tasks;

    @Inject
    CurrentCaller caller;

    @GET
    public List<TaskDto> open(@QueryParam("caseNumber") String caseNumber,
                              @QueryParam("candidateGroup") String candidateGroup) {
        return tasks.openTasks(caller.get(), caseNumber, candidateGroup).stream().map(TaskDto::of).toList();
    }

    @GET
    @Path("{id}")
    public TaskDto find(@PathParam("id") String id) {
        return TaskDto.of(tasks.find(caller.get(), id));
    }

    @POST
    @Path("{id}/claim")
    public TaskDto claim(@PathParam("id") String id) {
        tasks.claim(caller.get(), id);
        return TaskDto.of(tasks.find(caller.get(), id));
    }

    @POST
    @Path("{id}/unclaim")
    public TaskDto unclaim(@PathParam("id") String id) {
        tasks.unclaim(caller.get(), id);
        return TaskDto.of(tasks.find(caller.get(), id));
    }

    @POST
    @Path("{id}/complete")
    public Response complete(@PathParam("id") String id, @NotNull @Valid CompleteTaskRequest request) {
        tasks.complete(caller.get(), id, request.caseVersion, request.values);
        return Response.noContent().build();
    }
}
