package de.integrationsplan.examples.spring;

import de.integrationsplan.core.model.Plan;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code POST /plans} stores a plan, {@code GET /plans/{id}} returns it; plans of format 1.x and
 * 2.x alike ({@link Plan}), each in the model of its own major version.
 *
 * <p>By the time {@link #create} runs, the body has been read strictly by the library's codec and
 * {@code @Valid} has checked every rule; faults never reach this class, they are answered by
 * {@link PlanProblemHandler}. The store is a map in memory: this is an example, not a register.
 */
@RestController
@RequestMapping("/plans")
class PlanController {

  private final Map<UUID, Plan> plans = new ConcurrentHashMap<>();

  /**
   * Stores a valid plan under its own id.
   *
   * @param plan the plan, read and checked
   * @param uri the request's URI, for the {@code Location} header
   * @return 201 with the id; 409 if a plan with that id is stored already
   */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<PlanCreated> create(@Valid @RequestBody Plan plan, UriComponentsBuilder uri) {
    if (plans.putIfAbsent(plan.id(), plan) != null) {
      throw new PlanProblem.Exists();
    }
    return ResponseEntity.created(uri.path("/plans/{id}").build(plan.id())).body(new PlanCreated(plan.id()));
  }

  /**
   * Returns a stored plan in the wire format.
   *
   * @param id the plan's id
   * @return the plan, in the version it was sent in; 404 if none is stored under that id, or the id is no UUID
   */
  @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  Plan get(@PathVariable String id) {
    Plan plan;
    try {
      plan = plans.get(UUID.fromString(id));
    } catch (IllegalArgumentException notAUuid) {
      plan = null;
    }
    if (plan == null) {
      throw new PlanProblem.NotFound();
    }
    return plan;
  }
}
