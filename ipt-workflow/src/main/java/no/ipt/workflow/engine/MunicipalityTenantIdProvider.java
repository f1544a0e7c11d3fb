package no.ipt.workflow.engine;

import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Every municipality is a tenant. The models are deployed once for all (shared definitions); each
 * process instance gets its municipality's number as tenant id – from the {@code municipalityNumber}
 * start variable, or from the calling process for a call activity – so task and history queries can
 * be limited to the caller's municipalities.
 */
public class MunicipalityTenantIdProvider implements TenantIdProvider {

    public static final String MUNICIPALITY_VARIABLE = "municipalityNumber";

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        if (ctx.getSuperExecution() != null) {
            return ctx.getSuperExecution().getTenantId();
        }
        Object municipality = ctx.getVariables() == null ? null : ctx.getVariables().get(MUNICIPALITY_VARIABLE);
        return municipality == null ? null : municipality.toString();
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        return ctx.getExecution() == null ? null : ctx.getExecution().getTenantId();
    }
}
