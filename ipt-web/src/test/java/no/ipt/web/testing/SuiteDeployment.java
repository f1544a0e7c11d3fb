package no.ipt.web.testing;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the integration tests: the WAR the build made, as production runs it, started
 * once on Payara Micro for all Arquillian test classes of a failsafe run (each Payara Micro start costs
 * about a minute). The test classes are black-box clients ({@code testable = false}) of this deployment;
 * the tests that start nodes of their own (restart safety, OpenID Connect) use {@link MicroNode}.
 */
@ArquillianSuiteDeployment
public final class SuiteDeployment {

    private SuiteDeployment() {
    }

    @Deployment(testable = false)
    public static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("ipt.war")));
    }
}
