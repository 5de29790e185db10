package coop.steward;

import coop.steward.common.startup.TrainingStart;
import coop.steward.organizing.rollup.RebuildCommand;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.openapi.annotation.OpenAPIInclude;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;

import java.util.TimeZone;

/** Starts the Steward portal. */
@OpenAPIDefinition(info = @Info(
        title = "steward",
        version = "0.1",
        description = "Steward: a worker-owned ledger and organizing portal for contract work.",
        license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        servers = @Server(url = "/", description = "The portal that serves this document"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@OpenAPIInclude(classes = io.micronaut.security.endpoints.LoginController.class)
public class Application {

    public static void main(String[] args) throws Exception {
        // DATETIME columns carry no zone and JDBC converts through the JVM's zone: anything but UTC
        // would shift instants, or lose an hour inside a DST gap.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        if (args.length > 0 && RebuildCommand.NAME.equals(args[0])) {
            // An operator's command: the same configuration and database, no HTTP server, exit when done.
            int status;
            try (ApplicationContext context = ApplicationContext.builder(Application.class)
                    .defaultEnvironments(Environment.DEVELOPMENT)
                    .args(args)
                    .start()) {
                status = RebuildCommand.run(context, System.out);
            }
            System.exit(status);
        }
        ApplicationContext portal = Micronaut.build(args)
                .mainClass(Application.class)
                .defaultEnvironments(Environment.DEVELOPMENT)
                .start();
        if (args.length > 0 && TrainingStart.NAME.equals(args[0])) {
            // docker/run.sh's one run per jar for the class-data archive, which the JVM writes as it exits.
            int status;
            try (portal) {
                status = TrainingStart.run(portal, System.out);
            }
            System.exit(status);
        }
    }
}
