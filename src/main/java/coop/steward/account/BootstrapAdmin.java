package coop.steward.account;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first admin from configuration ({@code STEWARD_ADMIN_HANDLE}, {@code STEWARD_ADMIN_PASSWORD})
 * when the instance has none; every other non-worker account is opened by an admin.
 */
@Singleton
@Requires(property = "steward.admin.handle")
@Requires(property = "steward.admin.password")
class BootstrapAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final AccountService accounts;
    private final String handle;
    private final String password;
    private final String timeZone;
    private final String jurisdiction;

    BootstrapAdmin(AccountService accounts,
                   @Value("${steward.admin.handle}") String handle,
                   @Value("${steward.admin.password}") String password,
                   @Value("${steward.admin.time-zone:UTC}") String timeZone,
                   @Value("${steward.admin.jurisdiction:US}") String jurisdiction) {
        this.accounts = accounts;
        this.handle = handle;
        this.password = password;
        this.timeZone = timeZone;
        this.jurisdiction = jurisdiction;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!accounts.anyWithRole(Role.ADMIN)) {
            accounts.open(new RegisterAccountRequest(handle, password, "en", timeZone, jurisdiction), Role.ADMIN);
            LOG.info("first admin account created from configuration: {}", handle);
        }
    }
}
